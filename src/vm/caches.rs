// SPDX-License-Identifier: MIT
//! Lookup caches that spare the dispatch loop repeated dict probes. They live in Rust memory
//! beside the VM, never in the Python heap, and are allocated only when a program first needs
//! them (a script without classes never builds the class cache):
//!
//! * class attribute lookups: `type_lookup` on a user class (the walk over its MRO's dicts),
//!   direct-mapped by (class, name). An entry is valid while `Vm::class_epoch` (bumped when any
//!   class's attributes, bases or metaclass change, and when a class is made) and the heap's
//!   collection count (a collection may hand a dead class's handle to a new object) are those
//!   the cache was filled under; any change empties it.
//! * global names: the entry number where a name was last found in a globals (or builtins)
//!   dict. A hint is checked on use (that entry of that dict still holds that very key), so a
//!   stale hint only costs the ordinary lookup and nothing needs invalidating.

use alloc::vec;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::dict;

use super::{PyResult, Vm};

/// Entries of each table (a power of two): small on devices, where RAM is scarce.
#[cfg(feature = "std")]
const SLOTS: usize = 256;
#[cfg(not(feature = "std"))]
const SLOTS: usize = 32;

/// The caches; empty tables until first use.
#[derive(Default)]
pub struct Caches {
    /// (class_epoch, collections) the class table was filled under.
    stamp: (u32, u32),
    /// (class, name, value or 0 for "absent").
    types: Vec<[u32; 3]>,
    /// (site, name, entry number): where a name was last found in a dict.
    hints: Vec<[u32; 3]>,
    /// The str hashes of `NAMES` (0 until first needed).
    name_hashes: [u32; 2],
}

/// An interned name the attribute code compares with.
#[derive(Clone, Copy)]
pub(crate) enum Name {
    Class = 0,
    Dict = 1,
}

const NAMES: [&str; 2] = ["__class__", "__dict__"];

fn slot(a: Value, b: Value) -> usize {
    let h = (a.0 ^ b.0.rotate_left(13)).wrapping_mul(0x9e37_79b1);
    (h >> 16) as usize & (SLOTS - 1)
}

impl Vm {
    fn cache_stamp(&self) -> (u32, u32) {
        (self.class_epoch, self.heap.collections)
    }

    /// The cached `type_lookup(cls, name)` of a user class: Some(result) on a hit.
    pub(crate) fn class_cache_get(&mut self, cls: Value, name: Value) -> Option<Option<Value>> {
        let stamp = self.cache_stamp();
        let c = &mut self.caches;
        if c.stamp != stamp {
            c.stamp = stamp;
            c.types.iter_mut().for_each(|e| *e = [0; 3]);
            return None;
        }
        let e = c.types.get(slot(cls, name))?;
        if e[0] == cls.0 && e[1] == name.0 {
            let v = Value(e[2]);
            return Some(if v.is_null() { None } else { Some(v) });
        }
        None
    }

    /// The stamp to pass to [`Vm::class_cache_put`], taken before a lookup.
    pub(crate) fn class_cache_stamp(&self) -> (u32, u32) {
        self.cache_stamp()
    }

    /// Remembers `type_lookup(cls, name)`, unless the classes or the heap changed while it ran
    /// (user `__eq__` during the probe, a collection while wrapping a builtin method).
    pub(crate) fn class_cache_put(
        &mut self,
        stamp: (u32, u32),
        cls: Value,
        name: Value,
        found: Option<Value>,
    ) {
        if stamp != self.cache_stamp() || !name.is_qstr() {
            return;
        }
        let c = &mut self.caches;
        if c.stamp != stamp {
            c.stamp = stamp;
            c.types.iter_mut().for_each(|e| *e = [0; 3]);
        }
        if c.types.is_empty() {
            c.types = vec![[0; 3]; SLOTS];
        }
        if let Some(e) = c.types.get_mut(slot(cls, name)) {
            *e = [cls.0, name.0, found.map_or(0, |v| v.0)];
        }
    }

    /// The entry where `name` was last found in a dict filed under `site`.
    #[inline]
    fn hint(&self, site: Value, name: Value) -> Option<usize> {
        let e = self.caches.hints.get(slot(site, name))?;
        (e[0] == site.0 && e[1] == name.0).then_some(e[2] as usize)
    }

    /// `d[name]` if the hint filed under `site` still holds, without any other lookup.
    #[inline]
    pub(crate) fn hint_hit(&self, site: Value, d: Value, name: Value) -> Option<Value> {
        let i = self.hint(site, name)?;
        dict::entry_value_if_key(self, d, i, name)
    }

    fn set_hint(&mut self, site: Value, name: Value, i: usize) {
        if self.caches.hints.is_empty() {
            self.caches.hints = vec![[0; 3]; SLOTS];
        }
        if let Some(e) = self.caches.hints.get_mut(slot(site, name)) {
            *e = [site.0, name.0, i as u32];
        }
    }

    /// `d[name]` (None when absent), trying first the entry where `name` was last found in a
    /// dict filed under `site`: the dict itself for namespaces, the class for instance dicts
    /// (whose instances usually share one layout).
    pub(crate) fn hinted_get(
        &mut self,
        site: Value,
        d: Value,
        name: Value,
    ) -> PyResult<Option<Value>> {
        if let Some(i) = self.hint(site, name) {
            if let Some(v) = dict::entry_value_if_key(self, d, i, name) {
                return Ok(Some(v));
            }
        }
        let Some((i, v)) = dict::get_entry(self, d, name)? else {
            return Ok(None);
        };
        self.set_hint(site, name, i);
        Ok(Some(v))
    }

    /// `d[name] = v` through the same hints as [`Vm::hinted_get`]. The caller roots `v`.
    pub(crate) fn hinted_set(
        &mut self,
        site: Value,
        d: Value,
        name: Value,
        v: Value,
    ) -> PyResult<()> {
        if let Some(i) = self.hint(site, name) {
            if dict::set_value_if_key(self, d, i, name, v) {
                return Ok(());
            }
        }
        let i = dict::set_entry(self, d, name, v)?;
        self.set_hint(site, name, i);
        Ok(())
    }

    /// Whether `name` (a qstr or a str) has the text of `which`. A qstr's hash is kept in
    /// Rust memory, so most names are told apart without reading the heap.
    pub(crate) fn names_text(&mut self, name: Value, which: Name) -> bool {
        let k = which as usize;
        let text = NAMES[k];
        if name.is_qstr() {
            if self.caches.name_hashes[k] == 0 {
                self.caches.name_hashes[k] = crate::objects::str::hash_text(text);
            }
            if let Some(&h) = self.qstr_hashes.get(name.qstr_index() as usize) {
                if h != self.caches.name_hashes[k] {
                    return false;
                }
            }
            return crate::intern::text(self, name) == text;
        }
        self.heap.kind(name) == Kind::Str && self.heap.str_data(name) == text
    }
}
