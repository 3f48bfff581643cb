// SPDX-License-Identifier: MIT
//! The garbage-collected heap: one fixed region, 32-bit values, a precise mark-compact collector.
//!
//! * [`value`]: the 32-bit [`Value`] word and its tags.
//! * [`kind`]: the block kinds and their payload layouts (what the collector traces).
//! * [`heap`]: allocation, handles, collection and compaction.
//! * [`region`]: the memory itself, and the only `unsafe` (viewing words as bytes).

pub mod heap;
pub mod kind;
pub mod region;
pub mod value;

pub use heap::{BlockCache, Heap, OutOfMemory, Root};
pub use kind::{Kind, Layout};
pub use region::Region;
pub use value::Value;
