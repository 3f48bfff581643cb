// SPDX-License-Identifier: MIT
//! Small ordered maps and sets for the compiler: a sorted `Vec` searched by bisection.
//!
//! The compiler's tables (names in a scope, constants of a code object, free variables) hold
//! tens of entries, rarely thousands. A sorted vector does that in a fraction of the flash of
//! `BTreeMap`/`BTreeSet` (whose node code is instantiated for every key type), keeps iteration
//! in key order (what makes the compiled output deterministic), and stays O(log n) to look up;
//! inserting shifts the tail, which at these sizes costs less than B-tree node management.

use alloc::vec::Vec;
use core::borrow::Borrow;

/// A lookup table over a `Vec` that the caller owns: the indices of its items, sorted by a key
/// that each item holds. Where the items carry their own key (a scope's symbols, a code object's
/// names and constants) this needs 4 bytes per item instead of a second copy of every key.
#[derive(Debug, Clone, Default)]
pub struct SortedIndex(Vec<u32>);

impl SortedIndex {
    /// An empty index.
    pub const fn new() -> Self {
        SortedIndex(Vec::new())
    }

    /// `Ok(item index)` of the item whose key is `key`, or `Err(position)` to pass to
    /// [`SortedIndex::insert`]. `key_of` gives the key of an item (None: not keyed, sorts first).
    pub fn find<'a, K: Ord + ?Sized + 'a>(
        &self,
        key: &K,
        key_of: impl Fn(usize) -> Option<&'a K>,
    ) -> Result<usize, usize> {
        let found = self.0.binary_search_by(|&i| match key_of(i as usize) {
            Some(k) => k.cmp(key),
            None => core::cmp::Ordering::Less,
        });
        found.map(|at| self.0.get(at).map_or(usize::MAX, |&i| i as usize))
    }

    /// Records that item `item` has the key that [`SortedIndex::find`] placed at `at`.
    pub fn insert(&mut self, at: usize, item: usize) {
        self.0.insert(at, item as u32);
    }
}

/// A map with keys kept in ascending order.
#[derive(Debug, Clone)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K: Ord, V> SortedMap<K, V> {
    /// An empty map.
    pub const fn new() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The value for `key`.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let i = self.find(key).ok()?;
        self.entries.get(i).map(|(_, v)| v)
    }

    /// Sets `key` to `value`, returning the value it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => self
                .entries
                .get_mut(i)
                .map(|(_, v)| core::mem::replace(v, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// Removes `key`, returning its value.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        let i = self.find(key).ok()?;
        Some(self.entries.remove(i).1)
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Ord, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// A set with its members kept in ascending order.
#[derive(Debug, Clone)]
pub struct SortedSet<K> {
    map: SortedMap<K, ()>,
}

impl<K: Ord> SortedSet<K> {
    /// An empty set.
    pub const fn new() -> Self {
        SortedSet {
            map: SortedMap::new(),
        }
    }

    /// Adds `key`; true if it was not there.
    pub fn insert(&mut self, key: K) -> bool {
        self.map.insert(key, ()).is_none()
    }

    /// Removes `key`; true if it was there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.map.remove(key).is_some()
    }

    /// Is `key` a member?
    pub fn contains<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.map.find(key).is_ok()
    }

    /// The members in order.
    pub fn iter(&self) -> impl Iterator<Item = &K> {
        self.map.entries.iter().map(|(k, _)| k)
    }
}

impl<K: Ord> Default for SortedSet<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Ord> Extend<K> for SortedSet<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, items: I) {
        for k in items {
            self.insert(k);
        }
    }
}

impl<K> IntoIterator for SortedSet<K> {
    type Item = K;
    type IntoIter = core::iter::Map<alloc::vec::IntoIter<(K, ())>, fn((K, ())) -> K>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.entries.into_iter().map(|(k, ())| k)
    }
}

impl<'a, K: Ord> IntoIterator for &'a SortedSet<K> {
    type Item = &'a K;
    type IntoIter = core::iter::Map<core::slice::Iter<'a, (K, ())>, fn(&'a (K, ())) -> &'a K>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.entries.iter().map(|(k, ())| k)
    }
}

/// Sorts `v` (stably) by binary insertion. `slice::sort` would link core's driftsort, 2.8 KiB
/// of flash for its one instantiation; this is a few dozen bytes. O(n log n) comparisons and
/// O(n²) moves, which suits the lists sorted with it: a scope's names and `dir()`'s.
pub fn insertion_sort<T: Ord>(v: &mut [T]) {
    for i in 1..v.len() {
        let (sorted, rest) = v.split_at(i);
        let Some(x) = rest.first() else { break };
        let pos = sorted.partition_point(|y| y <= x);
        if let Some(part) = v.get_mut(pos..=i) {
            part.rotate_right(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    #[test]
    fn map_keeps_order_and_replaces() {
        let mut m = SortedMap::new();
        for (k, v) in [(5, 'a'), (1, 'b'), (3, 'c'), (1, 'd')] {
            m.insert(k, v);
        }
        let got: Vec<(i32, char)> = m.iter().map(|(k, v)| (*k, *v)).collect();
        assert_eq!(got, [(1, 'd'), (3, 'c'), (5, 'a')]);
        assert_eq!(m.get(&3), Some(&'c'));
        assert_eq!(m.remove(&3), Some('c'));
        assert_eq!(m.get(&3), None);
    }

    #[test]
    fn set_of_strings_by_str() {
        let mut s: SortedSet<String> = SortedSet::new();
        assert!(s.insert("b".into()));
        assert!(!s.insert("b".into()));
        s.extend(["a".into(), "c".into()]);
        assert!(s.contains("a"));
        assert!(s.remove("a"));
        assert!(!s.contains("a"));
        let all: Vec<String> = s.into_iter().collect();
        assert_eq!(all, ["b", "c"]);
    }

    #[test]
    fn insertion_sort_is_a_stable_sort() {
        let mut v: Vec<(u8, u32)> = (0..200u32).map(|i| ((i * 7919 % 13) as u8, i)).collect();
        let mut want = v.clone();
        want.sort_by_key(|e| e.0);
        let mut keys_only: Vec<u8> = v.iter().map(|e| e.0).collect();
        super::insertion_sort(&mut keys_only);
        assert!(keys_only.windows(2).all(|w| w[0] <= w[1]));
        // Stability: sort pairs by their key alone through a wrapper ordered by the key.
        #[derive(PartialEq, Eq)]
        struct ByKey((u8, u32));
        impl PartialOrd for ByKey {
            fn partial_cmp(&self, o: &Self) -> Option<core::cmp::Ordering> {
                Some(self.cmp(o))
            }
        }
        impl Ord for ByKey {
            fn cmp(&self, o: &Self) -> core::cmp::Ordering {
                self.0 .0.cmp(&o.0 .0)
            }
        }
        let mut wrapped: Vec<ByKey> = v.drain(..).map(ByKey).collect();
        super::insertion_sort(&mut wrapped);
        let got: Vec<(u8, u32)> = wrapped.into_iter().map(|w| w.0).collect();
        assert_eq!(got, want);
        let mut empty: [u8; 0] = [];
        super::insertion_sort(&mut empty);
    }
}
