//! The wasm module's memory allocator: blocks of power-of-two sizes, one free list per
//! size, fresh blocks cut from pages taken with `memory.grow`. It replaces the standard
//! library's dlmalloc, about a fifth of the module's code, for a few hundred bytes.
//!
//! A freed block goes back to the list of its size and is reused by the next request
//! of that size, so a repeated workload runs in flat memory; a request is rounded up
//! to a power of two (at most twice the memory asked for). The module is
//! single-threaded (no `atomics` target feature), so the state needs no lock.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

/// The smallest block: room for the free list's link.
const MIN_CLASS: u32 = 3;

/// Block sizes 2^0 … 2^31; the small ones are not used.
const CLASSES: usize = 32;

/// A wasm page.
const PAGE: usize = 65_536;

/// Every block is cut aligned to this (or to its size, if smaller), so that a freed
/// block serves any later request of its size with an alignment up to this.
const BLOCK_ALIGN: usize = 16;

/// The allocator's state: the free lists, and the part of the last pages not yet cut.
struct State {
    /// The first free block of each size (its first word links to the next one).
    free: [*mut u8; CLASSES],
    /// The next uncut byte.
    next: usize,
    /// The end of the pages taken.
    end: usize,
}

/// The allocator (see the module documentation).
pub struct Allocator(UnsafeCell<State>);

// SAFETY: the module runs on one thread (wasm32 without the `atomics` feature).
unsafe impl Sync for Allocator {}

#[global_allocator]
static ALLOCATOR: Allocator = Allocator(UnsafeCell::new(State { free: [null_mut(); CLASSES], next: 0, end: 0 }));

/// The size class of a layout: the power of two that holds its size and alignment.
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    let class = size.checked_next_power_of_two()?.trailing_zeros() as usize;
    (class < CLASSES).then_some(class)
}

impl State {
    /// Cut a fresh block of `size` bytes aligned to `align`, taking pages as needed.
    fn cut(&mut self, size: usize, align: usize) -> *mut u8 {
        let mut start = (self.next + align - 1) & !(align - 1);
        if start.checked_add(size).map_or(true, |end| end > self.end) {
            let pages = (size + align).div_ceil(PAGE);
            let first = core::arch::wasm32::memory_grow(0, pages);
            if first == usize::MAX {
                return null_mut();
            }
            let base = first * PAGE;
            if base != self.end {
                // Not adjoining the last pages (memory grown elsewhere): start afresh.
                self.next = base;
            }
            self.end = base + pages * PAGE;
            start = (self.next + align - 1) & !(align - 1);
        }
        self.next = start + size;
        start as *mut u8
    }
}

unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class(layout) else { return null_mut() };
        // SAFETY: single-threaded, and no allocation happens while the state is borrowed.
        let state = unsafe { &mut *self.0.get() };
        let head = state.free[class];
        if head.is_null() || head as usize & (layout.align() - 1) != 0 {
            return state.cut(1 << class, layout.align().max(BLOCK_ALIGN.min(1 << class)));
        }
        // SAFETY: a free block's first word holds the next free block of its class.
        state.free[class] = unsafe { head.cast::<*mut u8>().read() };
        head
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(class) = class(layout) else { return };
        // SAFETY: as in `alloc`; every block is at least 8 bytes and aligned to 8.
        let state = unsafe { &mut *self.0.get() };
        unsafe { ptr.cast::<*mut u8>().write(state.free[class]) };
        state.free[class] = ptr;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's guarantees for `realloc` make this layout valid.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if class(layout) == class(new_layout) {
            return ptr;
        }
        // SAFETY: as for `GlobalAlloc::realloc`'s default: a new block, the bytes, the old block freed.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}
