// SPDX-License-Identifier: MIT
//! The memory the heap lives in: owned by Rust (host) or handed over by the embedder (C API).

use alloc::boxed::Box;
use alloc::vec;

/// The heap's backing memory: an array of 32-bit words.
pub enum Region {
    /// Allocated by Rust (the host command, tests).
    Owned(Box<[u32]>),
    /// Owned by the embedder for the life of the VM (`pyrite_init(heap, len)`).
    Borrowed(&'static mut [u32]),
}

impl Region {
    /// A zeroed region of `words` words.
    pub fn owned(words: usize) -> Region {
        Region::Owned(vec![0u32; words].into_boxed_slice())
    }

    /// The words.
    #[inline]
    pub fn words(&self) -> &[u32] {
        match self {
            Region::Owned(b) => b,
            Region::Borrowed(s) => s,
        }
    }

    /// The words, mutably.
    #[inline]
    pub fn words_mut(&mut self) -> &mut [u32] {
        match self {
            Region::Owned(b) => b,
            Region::Borrowed(s) => s,
        }
    }
}

/// Views words as bytes (native byte order; the heap only ever reads bytes back the same way).
pub fn as_bytes(words: &[u32]) -> &[u8] {
    // SAFETY: `u8` has alignment 1 and no invalid bit patterns; the byte slice covers exactly the
    // memory of `words` (len * 4 bytes, which cannot overflow isize because `words` exists) and
    // borrows it immutably for the same lifetime.
    unsafe { core::slice::from_raw_parts(words.as_ptr().cast::<u8>(), words.len() * 4) }
}

/// Views words as mutable bytes.
pub fn as_bytes_mut(words: &mut [u32]) -> &mut [u8] {
    // SAFETY: as in `as_bytes`; the mutable borrow of `words` is moved into the result, so no
    // other reference to this memory exists while the byte view lives, and any byte pattern
    // written is a valid `u32`.
    unsafe { core::slice::from_raw_parts_mut(words.as_mut_ptr().cast::<u8>(), words.len() * 4) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_views_cover_the_words() {
        let mut r = Region::owned(2);
        as_bytes_mut(r.words_mut()).copy_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(as_bytes(r.words()), &[1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(r.words()[0], u32::from_ne_bytes([1, 2, 3, 4]));
    }
}
