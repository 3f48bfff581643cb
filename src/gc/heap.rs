// SPDX-License-Identifier: MIT
//! The heap: one fixed region of 32-bit words holding every object and its payload.
//!
//! ```text
//!  word 0   1 ..................... top          len-htab ............ len
//! +------+---------------------------+-----------------+--------------------+
//! |unused| blocks, bump-allocated -> |   free space    | <- handle table    |
//! +------+---------------------------+-----------------+--------------------+
//!
//! block:  [ header | handle | payload words ... ]
//! header: bit 31 mark | bits 24..31 kind | bits 0..24 size in words (header included)
//! handle table entry h (at word len-h): the block's offset, or FREE_BIT | next free handle
//! ```
//!
//! Allocation bumps `top`. When the gap is exhausted the collector marks from the roots (precise:
//! only [`Heap::roots`], the temporary root stack and what they reach) and slides every live block
//! down over the dead ones, updating its handle table entry through the block's back-pointer.
//! Values hold handles, never offsets, so nothing the program holds changes when blocks move.
//! The one rule for native code: an offset is valid only until the next allocation; a `Value`
//! held across an allocation must be reachable from a root (see [`Heap::push_root`]).
//!
//! This file and `region.rs` are where the heap's memory is viewed as bytes (`unsafe`).

use alloc::vec::Vec;

use super::kind::{Kind, Layout};
use super::region::Region;
use super::value::Value;

const MARK_BIT: u32 = 1 << 31;
const KIND_SHIFT: u32 = 24;
const SIZE_MASK: u32 = (1 << 24) - 1;
const FREE_BIT: u32 = 1 << 31;
/// Words of block header: the header word and the handle back-pointer.
pub const HEADER_WORDS: usize = 2;
/// Words of a `str` payload before its bytes: byte length, character count, hash.
pub const STR_HEADER: usize = 3;
/// The largest block, in words (the header's size field).
pub const MAX_BLOCK_WORDS: usize = SIZE_MASK as usize;
/// Entries of the fixed mark stack. When it overflows the collector rescans the heap for
/// marked blocks, so this only trades RAM for collection time on deeply nested data.
const MARK_STACK: usize = 64;

/// Allocation failed even after a collection: the caller raises `MemoryError`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;

/// Permanent roots of the heap: the VM keeps its state here so the collector finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub enum Root {
    /// The frame being executed (frames link to their callers).
    Frame = 0,
    /// `sys.modules`.
    Modules,
    /// The interned-string table.
    Qstrs,
    /// The exception being propagated.
    Pending,
    /// The preallocated `MemoryError` instance.
    MemoryError,
    /// The `__main__` module's globals.
    MainGlobals,
    /// `sys.path`, `sys.argv` and other mutable `sys` state (a tuple).
    SysState,
    /// The exception currently being handled (`sys.exc_info()`), outside any frame.
    Handled,
    /// Builtin names already looked up (a dict name -> value), so `len` in a loop is one dict
    /// probe instead of a search of the static tables. Filled lazily: only names used cost RAM.
    BuiltinCache,
    /// Scratch for the embedder / REPL.
    Scratch,
    /// Callbacks queued by `micropython.schedule`: a list of callable, argument pairs.
    Scheduled,
}
const NUM_ROOTS: usize = 11;

/// The GC heap.
pub struct Heap {
    mem: Region,
    top: usize,
    htab: usize,
    free_handle: u32,
    roots: [Value; NUM_ROOTS],
    temp_roots: Vec<Value>,
    mark_stack: [u32; MARK_STACK],
    mark_sp: usize,
    mark_overflow: bool,
    enabled: bool,
    /// `micropython.heap_lock()` nesting: while non-zero every allocation fails.
    lock_depth: u32,
    /// Collect at every allocation (to flush out rooting bugs in tests).
    pub stress: bool,
    /// Number of collections so far.
    pub collections: u32,
    /// Changes whenever any block may have moved (a collection, a moving realloc), so cached
    /// offsets ([`BlockCache`]) know to refresh.
    epoch: u32,
    /// Objects whose death the VM wants to hear of (open files, to close them): weak
    /// references, not roots.
    watched: Vec<Value>,
    /// Watched objects a collection freed, until [`Heap::take_freed_watched`].
    freed_watched: Vec<Value>,
}

/// A remembered location of one block's payload, for the dispatch loop's hot accesses to the
/// running frame. Only [`Heap::cached_payload_mut`] fills it, after checking the block is live
/// and not a `str`, so a stale or forged cache cannot reach a `str`'s bytes.
#[derive(Debug, Default, Clone, Copy)]
pub struct BlockCache {
    handle: u32,
    epoch: u32,
    start: usize,
    len: usize,
}

impl Heap {
    /// A heap over `region`.
    pub fn new(region: Region) -> Heap {
        Heap {
            mem: region,
            top: 1,
            htab: 0,
            free_handle: 0,
            roots: [Value::NULL; NUM_ROOTS],
            temp_roots: Vec::new(),
            mark_stack: [0; MARK_STACK],
            mark_sp: 0,
            mark_overflow: false,
            enabled: true,
            lock_depth: 0,
            stress: false,
            collections: 0,
            epoch: 0,
            watched: Vec::new(),
            freed_watched: Vec::new(),
        }
    }

    /// Asks to be told (by [`Heap::take_freed_watched`]) when a collection frees `v`: a weak
    /// reference, for closing the file of an object nobody can reach any more.
    pub fn watch(&mut self, v: Value) {
        if v.is_heap() && !self.watched.contains(&v) {
            self.watched.push(v);
        }
    }

    /// Stops watching `v`.
    pub fn unwatch(&mut self, v: Value) {
        self.watched.retain(|w| *w != v);
    }

    /// The watched objects freed since the last call (no longer watched). Their handles may
    /// already name new objects: use the values only as keys.
    pub fn take_freed_watched(&mut self) -> Vec<Value> {
        core::mem::take(&mut self.freed_watched)
    }

    /// Moves watched objects whose handles the last compaction freed to `freed_watched`
    /// (called before the free handles are relinked, while a freed slot still reads FREE_BIT).
    fn note_freed_watched(&mut self) {
        if self.watched.is_empty() {
            return;
        }
        let len = self.mem.words().len();
        let words = self.mem.words();
        let (dead, live): (Vec<Value>, Vec<Value>) = self.watched.iter().partition(|v| {
            let h = v.handle_index() as usize;
            h == 0 || h > self.htab || words[len - h] & FREE_BIT != 0
        });
        self.watched = live;
        self.freed_watched.extend(dead);
    }

    /// Total size of the region in bytes.
    pub fn size_bytes(&self) -> usize {
        self.mem.words().len() * 4
    }

    /// Bytes not in use (the gap between blocks and handle table). Garbage counts as used until
    /// a collection, as in MicroPython.
    pub fn free_bytes(&self) -> usize {
        self.gap() * 4
    }

    /// Bytes in use: blocks (live or garbage) and the handle table.
    pub fn used_bytes(&self) -> usize {
        self.size_bytes() - self.free_bytes()
    }

    fn gap(&self) -> usize {
        self.mem
            .words()
            .len()
            .saturating_sub(self.htab)
            .saturating_sub(self.top)
    }

    /// Enables or disables automatic collection (`gc.enable()` / `gc.disable()`). When disabled,
    /// an allocation that does not fit still collects once rather than fail.
    pub fn set_enabled(&mut self, on: bool) {
        self.enabled = on;
    }

    /// Is automatic collection enabled?
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Locks (`true`) or unlocks one level of the heap (`micropython.heap_lock`): while locked,
    /// every allocation fails with `OutOfMemory`. Returns the new depth.
    pub fn lock(&mut self, on: bool) -> u32 {
        self.lock_depth = if on {
            self.lock_depth.saturating_add(1)
        } else {
            self.lock_depth.saturating_sub(1)
        };
        self.lock_depth
    }

    /// The heap lock depth (0: unlocked).
    pub fn lock_depth(&self) -> u32 {
        self.lock_depth
    }

    /// Reads a permanent root.
    pub fn root(&self, r: Root) -> Value {
        self.roots[r as usize]
    }

    /// Sets a permanent root.
    pub fn set_root(&mut self, r: Root, v: Value) {
        self.roots[r as usize] = v;
    }

    /// Pushes a temporary root; returns the stack depth before the push for [`Heap::pop_roots`].
    pub fn push_root(&mut self, v: Value) -> usize {
        let depth = self.temp_roots.len();
        self.temp_roots.push(v);
        depth
    }

    /// The temporary root stack's depth.
    pub fn roots_depth(&self) -> usize {
        self.temp_roots.len()
    }

    /// The temporary root at `depth` (as returned by `push_root`).
    pub fn temp_root(&self, depth: usize) -> Value {
        self.temp_roots.get(depth).copied().unwrap_or(Value::NULL)
    }

    /// Replaces the temporary root at `depth`.
    pub fn set_temp_root(&mut self, depth: usize, v: Value) {
        if let Some(slot) = self.temp_roots.get_mut(depth) {
            *slot = v;
        }
    }

    /// Pops temporary roots back to `depth`.
    pub fn pop_roots(&mut self, depth: usize) {
        self.temp_roots.truncate(depth);
    }

    // ---- handles and blocks ----

    fn handle_slot(&self, h: u32) -> Option<usize> {
        let len = self.mem.words().len();
        if h == 0 || h as usize > self.htab {
            return None;
        }
        Some(len - h as usize)
    }

    /// The word offset of `v`'s block, if `v` is a live heap handle.
    #[inline]
    pub fn offset(&self, v: Value) -> Option<usize> {
        let slot = self.handle_slot(v.handle_index())?;
        let e = *self.mem.words().get(slot)?;
        if e & FREE_BIT != 0 || e == 0 {
            None
        } else {
            Some(e as usize)
        }
    }

    /// The kind of a heap object (`Kind::Dead` for anything that is not one).
    #[inline]
    pub fn kind(&self, v: Value) -> Kind {
        if !v.is_heap() {
            return Kind::Dead;
        }
        match self.offset(v) {
            Some(off) => Kind::from_u8(((self.mem.words()[off] >> KIND_SHIFT) & 0x7f) as u8),
            None => Kind::Dead,
        }
    }

    /// The payload words of `v` (empty if `v` is not a heap object).
    #[inline]
    pub fn payload(&self, v: Value) -> &[u32] {
        match self.offset(v) {
            Some(off) => {
                let size = (self.mem.words()[off] & SIZE_MASK) as usize;
                self.mem
                    .words()
                    .get(off + HEADER_WORDS..off + size)
                    .unwrap_or(&[])
            }
            None => &[],
        }
    }

    /// The payload of `v` through `cache`: one comparison when `v` is the block the cache
    /// remembers and nothing has moved since; otherwise a normal lookup that refills it.
    #[inline]
    pub fn cached_payload_mut(&mut self, cache: &mut BlockCache, v: Value) -> &mut [u32] {
        if cache.handle != v.0 || cache.epoch != self.epoch || cache.handle == 0 {
            let (start, len) = match self.offset(v) {
                Some(off) if (self.mem.words()[off] >> KIND_SHIFT) & 0x7f != Kind::Str as u32 => {
                    let size = (self.mem.words()[off] & SIZE_MASK) as usize;
                    (off + HEADER_WORDS, size.saturating_sub(HEADER_WORDS))
                }
                _ => (0, 0),
            };
            *cache = BlockCache {
                handle: v.0,
                epoch: self.epoch,
                start,
                len,
            };
        }
        self.mem
            .words_mut()
            .get_mut(cache.start..cache.start + cache.len)
            .unwrap_or(&mut [])
    }

    /// The payload bytes of `v` from word `start` on through `cache` (see
    /// [`Heap::cached_payload_mut`]): the dispatch loop reads bytecode through this.
    #[inline]
    pub fn cached_payload_bytes(
        &mut self,
        cache: &mut BlockCache,
        v: Value,
        start: usize,
    ) -> &[u8] {
        let words = self.cached_payload_mut(cache, v);
        super::region::as_bytes(words.get(start..).unwrap_or(&[]))
    }

    /// The payload words of `v`, mutably (empty if `v` is not a heap object, or is a `str`,
    /// whose bytes must stay valid UTF-8: see [`Heap::alloc_str`]).
    #[inline]
    pub fn payload_mut(&mut self, v: Value) -> &mut [u32] {
        match self.offset(v) {
            Some(off) if (self.mem.words()[off] >> KIND_SHIFT) & 0x7f != Kind::Str as u32 => {
                let size = (self.mem.words()[off] & SIZE_MASK) as usize;
                self.mem
                    .words_mut()
                    .get_mut(off + HEADER_WORDS..off + size)
                    .unwrap_or(&mut [])
            }
            _ => &mut [],
        }
    }

    /// Payload word `i` of `v` (0 if out of range).
    #[inline]
    pub fn get(&self, v: Value, i: usize) -> u32 {
        let Some(off) = self.offset(v) else { return 0 };
        let words = self.mem.words();
        let size = words.get(off).map_or(0, |h| (h & SIZE_MASK) as usize);
        if i + HEADER_WORDS < size {
            words.get(off + HEADER_WORDS + i).copied().unwrap_or(0)
        } else {
            0
        }
    }

    /// Payload word `i` of `v` as a Value.
    #[inline]
    pub fn get_value(&self, v: Value, i: usize) -> Value {
        Value(self.get(v, i))
    }

    /// Sets payload word `i` of `v` (ignored if out of range).
    #[inline]
    pub fn set(&mut self, v: Value, i: usize, w: u32) {
        let Some(off) = self.offset(v) else { return };
        let words = self.mem.words_mut();
        let Some(&hdr) = words.get(off) else { return };
        // Str blocks are immutable (see `alloc_str`), like `payload_mut` enforces.
        if i + HEADER_WORDS < (hdr & SIZE_MASK) as usize
            && (hdr >> KIND_SHIFT) & 0x7f != Kind::Str as u32
        {
            if let Some(slot) = words.get_mut(off + HEADER_WORDS + i) {
                *slot = w;
            }
        }
    }

    /// Sets payload word `i` of `v` to a Value.
    #[inline]
    pub fn set_value(&mut self, v: Value, i: usize, x: Value) {
        self.set(v, i, x.0)
    }

    /// The payload of `v` from word `start` on, viewed as bytes (empty if out of range).
    pub fn bytes(&self, v: Value, start: usize, len: usize) -> &[u8] {
        let words = self.payload(v).get(start..).unwrap_or(&[]);
        let all = super::region::as_bytes(words);
        all.get(..len).unwrap_or(&[])
    }

    /// All payload bytes of `v` from word `start` on (including any padding at the end), with
    /// a single handle lookup: the dispatch loop reads bytecode through this.
    #[inline]
    pub fn payload_bytes(&self, v: Value, start: usize) -> &[u8] {
        super::region::as_bytes(self.payload(v).get(start..).unwrap_or(&[]))
    }

    /// The payload of `v` from word `start` on, viewed as mutable bytes.
    pub fn bytes_mut(&mut self, v: Value, start: usize, len: usize) -> &mut [u8] {
        let words = self.payload_mut(v).get_mut(start..).unwrap_or(&mut []);
        let all = super::region::as_bytes_mut(words);
        all.get_mut(..len).unwrap_or(&mut [])
    }

    /// Allocates a `str` holding `s` (`char_len` = its number of characters). This is the only
    /// way a `Kind::Str` block gets its bytes, which is what makes [`Heap::str_data`] sound.
    pub fn alloc_str(&mut self, s: &str, char_len: usize) -> Result<Value, OutOfMemory> {
        let v = self.alloc_block(Kind::Str, STR_HEADER + s.len().div_ceil(4), false)?;
        let Some(off) = self.offset(v) else {
            return Err(OutOfMemory);
        };
        let start = off + HEADER_WORDS;
        let end = start + STR_HEADER + s.len().div_ceil(4);
        let words = &mut self.mem.words_mut()[start..end];
        words[0] = s.len() as u32;
        words[1] = char_len as u32;
        words[2] = 0; // hash: not computed yet (the block is not zeroed)
        super::region::as_bytes_mut(&mut words[STR_HEADER..])[..s.len()]
            .copy_from_slice(s.as_bytes());
        Ok(v)
    }

    /// A new `str` holding the text of `str` blocks `a` then `b` (both must be reachable from a
    /// root: the allocation may move them), copied directly from heap to heap.
    pub fn alloc_str_concat(&mut self, a: Value, b: Value) -> Result<Value, OutOfMemory> {
        if self.kind(a) != Kind::Str || self.kind(b) != Kind::Str {
            return Err(OutOfMemory);
        }
        let (la, ca) = (self.get(a, 0) as usize, self.get(a, 1) as usize);
        let (lb, cb) = (self.get(b, 0) as usize, self.get(b, 1) as usize);
        let total = la.checked_add(lb).ok_or(OutOfMemory)?;
        let v = self.alloc_block(Kind::Str, STR_HEADER + total.div_ceil(4), false)?;
        let (Some(oa), Some(ob), Some(ov)) = (self.offset(a), self.offset(b), self.offset(v))
        else {
            return Err(OutOfMemory);
        };
        let byte = |off: usize| (off + HEADER_WORDS + STR_HEADER) * 4;
        let words = self.mem.words_mut();
        words[ov + HEADER_WORDS] = total as u32;
        words[ov + HEADER_WORDS + 1] = (ca + cb) as u32;
        words[ov + HEADER_WORDS + 2] = 0; // hash: not computed yet
        let all = super::region::as_bytes_mut(words);
        // Both sources are valid UTF-8 str blocks, so the concatenation is valid UTF-8.
        all.copy_within(byte(oa)..byte(oa) + la, byte(ov));
        all.copy_within(byte(ob)..byte(ob) + lb, byte(ov) + la);
        Ok(v)
    }

    /// The text of a `str` block ("" for anything else).
    pub fn str_data(&self, v: Value) -> &str {
        if self.kind(v) != Kind::Str {
            return "";
        }
        let p = self.payload(v);
        let len = p.first().copied().unwrap_or(0) as usize;
        let bytes = super::region::as_bytes(p.get(STR_HEADER..).unwrap_or(&[]));
        let Some(bytes) = bytes.get(..len) else {
            return "";
        };
        // SAFETY: a Kind::Str block's bytes are written only by `alloc_str`, from a `&str`, and
        // `payload_mut`/`bytes_mut` refuse Str blocks, so the first `len` bytes are valid UTF-8.
        unsafe { core::str::from_utf8_unchecked(bytes) }
    }

    /// The cached hash of a `str` block (0: not computed yet).
    pub fn str_hash(&self, v: Value) -> u32 {
        self.payload(v).get(2).copied().unwrap_or(0)
    }

    /// Caches the hash of a `str` block.
    pub fn set_str_hash(&mut self, v: Value, h: u32) {
        if let Some(off) = self.offset(v) {
            if let Some(w) = self.mem.words_mut().get_mut(off + HEADER_WORDS + 2) {
                *w = h;
            }
        }
    }

    /// Allocates a block of `kind` with `payload` zeroed words (all `NULL` values). May collect.
    pub fn alloc(&mut self, kind: Kind, payload: usize) -> Result<Value, OutOfMemory> {
        self.alloc_block(kind, payload, true)
    }

    /// Allocates a block; without `zero` only the last payload word is cleared (the caller
    /// writes the rest: raw blocks such as strings, whose padding must still be zero).
    fn alloc_block(
        &mut self,
        kind: Kind,
        payload: usize,
        zero: bool,
    ) -> Result<Value, OutOfMemory> {
        let size = payload.checked_add(HEADER_WORDS).ok_or(OutOfMemory)?;
        if size > MAX_BLOCK_WORDS || self.lock_depth > 0 {
            return Err(OutOfMemory);
        }
        if self.stress && self.enabled {
            self.collect();
        }
        if !self.fits(size) {
            self.collect();
            if !self.fits(size) {
                return Err(OutOfMemory);
            }
        }
        let h = self.take_handle();
        let off = self.top;
        self.top += size;
        let words = self.mem.words_mut();
        words[off] = size as u32 | ((kind as u32) << KIND_SHIFT);
        words[off + 1] = h;
        if zero || kind.layout() != Layout::Raw {
            for w in &mut words[off + HEADER_WORDS..off + size] {
                *w = 0;
            }
        } else if size > HEADER_WORDS {
            words[off + size - 1] = 0;
        }
        let len = words.len();
        words[len - h as usize] = off as u32;
        Ok(Value::handle(h))
    }

    fn fits(&self, size: usize) -> bool {
        let handle_cost = if self.free_handle == 0 { 1 } else { 0 };
        self.gap() >= size + handle_cost
    }

    fn take_handle(&mut self) -> u32 {
        if self.free_handle != 0 {
            let h = self.free_handle;
            let slot = self.mem.words().len() - h as usize;
            self.free_handle = self.mem.words()[slot] & !FREE_BIT;
            h
        } else {
            self.htab += 1;
            self.htab as u32
        }
    }

    /// Resizes `v`'s payload to `payload` words, keeping its contents (new words are zero) and
    /// its handle. May collect; `v` stays valid.
    pub fn realloc(&mut self, v: Value, payload: usize) -> Result<(), OutOfMemory> {
        // Any resize changes a block's extent (and a move its place): cached extents go stale.
        self.epoch = self.epoch.wrapping_add(1);
        let Some(off) = self.offset(v) else {
            return Err(OutOfMemory);
        };
        let old_size = (self.mem.words()[off] & SIZE_MASK) as usize;
        let new_size = payload.checked_add(HEADER_WORDS).ok_or(OutOfMemory)?;
        if new_size > MAX_BLOCK_WORDS || (self.lock_depth > 0 && new_size > old_size) {
            return Err(OutOfMemory);
        }
        if new_size + HEADER_WORDS <= old_size {
            // Shrink in place: the tail becomes a dead block that compaction drops.
            let words = self.mem.words_mut();
            let kind_bits = words[off] & !SIZE_MASK;
            words[off] = kind_bits | new_size as u32;
            let rest = off + new_size;
            words[rest] = (old_size - new_size) as u32 | ((Kind::Dead as u32) << KIND_SHIFT);
            words[rest + 1] = 0;
            return Ok(());
        }
        if new_size <= old_size {
            return Ok(());
        }
        // The block is last: grow it in place.
        if off + old_size == self.top && self.gap() >= new_size - old_size {
            let words = self.mem.words_mut();
            words[off] = (words[off] & !SIZE_MASK) | new_size as u32;
            for w in &mut words[off + old_size..off + new_size] {
                *w = 0;
            }
            self.top += new_size - old_size;
            return Ok(());
        }
        let depth = self.push_root(v);
        if !self.fits(new_size) {
            self.collect();
        }
        self.pop_roots(depth);
        // The collector may have moved the block (possibly to the end, so try growing again).
        let Some(off) = self.offset(v) else {
            return Err(OutOfMemory);
        };
        if off + old_size == self.top && self.gap() >= new_size - old_size {
            return self.realloc(v, payload);
        }
        if self.gap() < new_size {
            return Err(OutOfMemory);
        }
        let new_off = self.top;
        self.top += new_size;
        let words = self.mem.words_mut();
        words.copy_within(off..off + old_size, new_off);
        words[new_off] = (words[off] & !SIZE_MASK) | new_size as u32;
        for w in &mut words[new_off + old_size..new_off + new_size] {
            *w = 0;
        }
        words[off] = (words[off] & SIZE_MASK) | ((Kind::Dead as u32) << KIND_SHIFT);
        let len = words.len();
        words[len - v.handle_index() as usize] = new_off as u32;
        self.epoch = self.epoch.wrapping_add(1);
        Ok(())
    }

    // ---- collection ----

    /// Runs a full collection: mark from the roots, then slide live blocks down.
    pub fn collect(&mut self) {
        self.collections = self.collections.wrapping_add(1);
        self.epoch = self.epoch.wrapping_add(1);
        for i in 0..NUM_ROOTS {
            self.mark_value(self.roots[i]);
            self.drain_marks();
        }
        for i in 0..self.temp_roots.len() {
            self.mark_value(self.temp_roots[i]);
            self.drain_marks();
        }
        while self.mark_overflow {
            self.mark_overflow = false;
            self.rescan_marked();
        }
        self.compact();
    }

    fn mark_value(&mut self, v: Value) {
        if !v.is_heap() {
            return;
        }
        let Some(off) = self.offset(v) else { return };
        let words = self.mem.words_mut();
        let hdr = words[off];
        if hdr & MARK_BIT != 0 {
            return;
        }
        words[off] = hdr | MARK_BIT;
        if Kind::from_u8(((hdr >> KIND_SHIFT) & 0x7f) as u8).layout() == Layout::Raw {
            return;
        }
        if self.mark_sp < MARK_STACK {
            self.mark_stack[self.mark_sp] = off as u32;
            self.mark_sp += 1;
        } else {
            self.mark_overflow = true;
        }
    }

    fn drain_marks(&mut self) {
        while self.mark_sp > 0 {
            self.mark_sp -= 1;
            let off = self.mark_stack[self.mark_sp] as usize;
            self.trace_block(off);
        }
    }

    /// Marks the children of the block at `off`.
    fn trace_block(&mut self, off: usize) {
        let hdr = self.mem.words()[off];
        let size = (hdr & SIZE_MASK) as usize;
        let kind = Kind::from_u8(((hdr >> KIND_SHIFT) & 0x7f) as u8);
        let start = off + HEADER_WORDS;
        let end = off + size;
        match kind.layout() {
            Layout::Raw => {}
            Layout::ValuesAfter(n) => {
                for i in start + n..end {
                    let w = self.mem.words()[i];
                    self.mark_value(Value(w));
                }
            }
            Layout::Table { prefix, stride } => {
                // [prefix words][index table (prefix word 2 entries)][entries of `stride` words,
                // the first of which is a raw hash]
                let idx_cap = self.mem.words().get(start + 2).copied().unwrap_or(0) as usize;
                let mut i = start + prefix + idx_cap;
                while i + stride <= end {
                    for j in 1..stride {
                        let w = self.mem.words()[i + j];
                        self.mark_value(Value(w));
                    }
                    i += stride;
                }
            }
        }
    }

    fn rescan_marked(&mut self) {
        let mut off = 1;
        while off < self.top {
            let hdr = self.mem.words()[off];
            let size = (hdr & SIZE_MASK) as usize;
            if size == 0 {
                break;
            }
            if hdr & MARK_BIT != 0 {
                self.trace_block(off);
                self.drain_marks();
            }
            off += size;
        }
    }

    fn compact(&mut self) {
        let len = self.mem.words().len();
        let mut src = 1;
        let mut dst = 1;
        while src < self.top {
            let words = self.mem.words_mut();
            let hdr = words[src];
            let size = (hdr & SIZE_MASK) as usize;
            if size == 0 {
                break;
            }
            let kind = Kind::from_u8(((hdr >> KIND_SHIFT) & 0x7f) as u8);
            if hdr & MARK_BIT != 0 {
                words[src] = hdr & !MARK_BIT;
                if dst != src {
                    words.copy_within(src..src + size, dst);
                }
                let h = words[dst + 1] as usize;
                if h != 0 && h <= self.htab {
                    words[len - h] = dst as u32;
                }
                dst += size;
            } else if kind != Kind::Dead {
                let h = words[src + 1] as usize;
                if h != 0 && h <= self.htab {
                    words[len - h] = FREE_BIT;
                }
            }
            src += size;
        }
        self.top = dst;
        self.note_freed_watched();
        self.rebuild_free_handles();
    }

    /// Trims free handles off the end of the table and relinks the rest into the free list.
    fn rebuild_free_handles(&mut self) {
        let len = self.mem.words().len();
        while self.htab > 0 && self.mem.words()[len - self.htab] & FREE_BIT != 0 {
            self.htab -= 1;
        }
        self.free_handle = 0;
        for h in (1..=self.htab).rev() {
            let slot = len - h;
            if self.mem.words()[slot] & FREE_BIT != 0 {
                self.mem.words_mut()[slot] = FREE_BIT | self.free_handle;
                self.free_handle = h as u32;
            }
        }
    }

    /// Every live object's handle, for rare whole-heap queries (`type.__subclasses__`, which
    /// finds subclasses by scanning instead of keeping a list that would keep them alive).
    pub fn live_handles(&self) -> Vec<Value> {
        let len = self.mem.words().len();
        (1..=self.htab)
            .filter(|h| self.mem.words()[len - h] & FREE_BIT == 0)
            .map(|h| Value::handle(h as u32))
            .collect()
    }

    /// The blocks between the start of the heap and the bump pointer, by kind: (kind, blocks,
    /// words including headers), largest first. Garbage not yet collected is counted too (call
    /// after a collection for the live objects). For `micropython.mem_info(2)`.
    pub fn census(&self) -> Vec<(Kind, usize, usize)> {
        let mut by_kind: Vec<(Kind, usize, usize)> = Vec::new();
        let mut off = 1;
        while off < self.top {
            let hdr = self.mem.words()[off];
            let size = (hdr & SIZE_MASK) as usize;
            if size == 0 {
                break;
            }
            let kind = Kind::from_u8(((hdr >> KIND_SHIFT) & 0x7f) as u8);
            match by_kind.iter_mut().find(|e| e.0 == kind) {
                Some(e) => {
                    e.1 += 1;
                    e.2 += size;
                }
                None => by_kind.push((kind, 1, size)),
            }
            off += size;
        }
        by_kind.sort_by_key(|e| core::cmp::Reverse(e.2));
        by_kind
    }

    /// Number of live handles (objects), for `micropython.mem_info` and tests.
    pub fn object_count(&self) -> usize {
        let len = self.mem.words().len();
        (1..=self.htab)
            .filter(|h| self.mem.words()[len - h] & FREE_BIT == 0)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heap(words: usize) -> Heap {
        Heap::new(Region::owned(words))
    }

    #[test]
    fn alloc_and_collect_garbage() {
        let mut h = heap(256);
        let keep = h.alloc(Kind::Tuple, 3).expect("room");
        h.set_root(Root::Scratch, keep);
        let child = h.alloc(Kind::Float, 2).expect("room");
        h.set(keep, 1, child.0);
        for _ in 0..100 {
            h.alloc(Kind::Float, 2).expect("garbage is collected");
        }
        assert!(h.collections > 0);
        assert_eq!(h.kind(keep), Kind::Tuple);
        assert_eq!(h.get_value(keep, 1), child);
        assert_eq!(h.kind(child), Kind::Float);
        h.collect();
        assert_eq!(h.object_count(), 2);
    }

    #[test]
    fn compaction_moves_blocks_but_keeps_handles() {
        let mut h = heap(512);
        let a = h.alloc(Kind::Float, 2).expect("room");
        let b = h.alloc(Kind::Bytes, 4).expect("room");
        h.set(b, 0, 0xdead_beef);
        h.push_root(b);
        let before = h.offset(b);
        h.collect();
        assert_ne!(h.offset(b), before, "b slid down over dead a");
        assert_eq!(h.get(b, 0), 0xdead_beef);
        assert_eq!(h.kind(a), Kind::Dead, "a's handle is free");
    }

    #[test]
    fn out_of_memory_then_recovery() {
        let mut h = heap(128);
        // Word 0 of a tuple is its raw length; word 1 on are traced values.
        let list = h.alloc(Kind::Tuple, 2).expect("room");
        h.set_root(Root::Scratch, list);
        let mut n = 0;
        while let Ok(v) = h.alloc(Kind::Tuple, 4) {
            // chain them so they stay alive
            h.set(v, 1, h.get(list, 1));
            h.set(list, 1, v.0);
            n += 1;
            assert!(n < 1000, "a 128-word heap cannot hold 1000 live tuples");
        }
        assert!(n > 5);
        h.set_root(Root::Scratch, Value::NULL);
        h.alloc(Kind::Tuple, 4)
            .expect("memory is back after dropping the chain");
    }

    #[test]
    fn realloc_keeps_identity_and_contents() {
        let mut h = heap(1024);
        let v = h.alloc(Kind::List, 2).expect("room");
        h.set_root(Root::Scratch, v);
        h.set(v, 0, 7);
        let _other = h.alloc(Kind::Float, 2).expect("room");
        h.realloc(v, 50).expect("grow");
        assert_eq!(h.payload(v).len(), 50);
        assert_eq!(h.get(v, 0), 7);
        h.realloc(v, 3).expect("shrink");
        assert_eq!(h.payload(v).len(), 3);
        h.collect();
        assert_eq!(h.get(v, 0), 7);
        assert_eq!(h.payload(v).len(), 3);
    }

    #[test]
    fn deep_chains_survive_mark_stack_overflow() {
        let mut h = heap(8192);
        let mut head = Value::NULL;
        for i in 0..500u32 {
            let d = h.push_root(head);
            let cell = h.alloc(Kind::Tuple, 3).expect("room");
            h.pop_roots(d);
            h.set(cell, 0, 2);
            h.set(cell, 1, Value::small_int_unchecked(i as i32).0);
            h.set(cell, 2, head.0);
            head = cell;
            h.set_root(Root::Scratch, head);
        }
        h.collect();
        let mut n = 0;
        let mut cur = head;
        while !cur.is_null() {
            assert_eq!(h.kind(cur), Kind::Tuple);
            cur = h.get_value(cur, 2);
            n += 1;
        }
        assert_eq!(n, 500);
    }

    #[test]
    fn strings_survive_compaction_and_refuse_mutation() {
        let mut h = heap(256);
        let _garbage = h.alloc(Kind::Bytes, 8).expect("room");
        let s = h.alloc_str("héllo, wörld", 12).expect("room");
        h.push_root(s);
        h.collect();
        assert_eq!(h.str_data(s), "héllo, wörld");
        assert!(h.payload_mut(s).is_empty(), "str blocks are immutable");
        assert!(h.bytes_mut(s, 3, 4).is_empty());
        h.set_str_hash(s, 77);
        assert_eq!((h.str_hash(s), h.str_data(s)), (77, "héllo, wörld"));
        let not_str = h.alloc(Kind::Bytes, 2).expect("room");
        assert_eq!(h.str_data(not_str), "");
    }

    #[test]
    fn a_new_str_has_no_cached_hash_even_in_reused_memory() {
        let mut h = Heap::new(Region::owned(256));
        let a = h.alloc_str("abc", 3).unwrap();
        h.set_str_hash(a, 12345);
        let b = h.alloc_str("xyz", 3).unwrap();
        h.set_str_hash(b, 6789);
        let d = h.push_root(b);
        h.collect(); // `a` is garbage: `b` slides down over it, leaving its old words above
        h.pop_roots(d);
        let c = h.alloc_str("pqr", 3).unwrap();
        assert_eq!(h.str_hash(c), 0);
        let e = h.alloc_str_concat(c, c).unwrap();
        assert_eq!(h.str_hash(e), 0);
    }

    #[test]
    fn string_concatenation_copies_both_parts() {
        let mut h = heap(256);
        // Leave non-zero garbage where the next blocks go: headers must not depend on zeroing.
        let junk = h.alloc(Kind::Bytes, 40).expect("room");
        for w in h.payload_mut(junk).iter_mut() {
            *w = 0xdead_beef;
        }
        h.collect();
        let a = h.alloc_str("héllo ", 6).expect("room");
        h.push_root(a);
        let _garbage = h.alloc(Kind::Bytes, 5).expect("room");
        let b = h.alloc_str("wörld", 5).expect("room");
        h.push_root(b);
        h.collect();
        let c = h.alloc_str_concat(a, b).expect("room");
        assert_eq!(
            (h.str_data(c), h.get(c, 1), h.str_hash(c)),
            ("héllo wörld", 11, 0)
        );
        assert_eq!(h.str_hash(a), 0);
        let empty = h.alloc_str("", 0).expect("room");
        h.push_root(empty);
        let d = h.alloc_str_concat(empty, empty).expect("room");
        assert_eq!(h.str_data(d), "");
        assert!(h.alloc_str_concat(a, Value::NONE).is_err());
    }

    #[test]
    fn bytes_view() {
        let mut h = heap(64);
        let v = h.alloc(Kind::Bytes, 3).expect("room");
        h.bytes_mut(v, 1, 8).copy_from_slice(b"abcdefgh");
        assert_eq!(h.bytes(v, 1, 8), b"abcdefgh");
        assert_eq!(
            h.bytes(v, 1, 100),
            b"",
            "out of range is empty, not a panic"
        );
    }
}
