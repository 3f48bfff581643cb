// SPDX-License-Identifier: MIT
//! Global-name lookup: the frame's globals, then the builtins.
//!
//! Builtins are static data (decision 7): until a program asks for the `builtins` module, a
//! builtin name is found in the static tables and remembered in a small dict under
//! `Root::BuiltinCache`, so only names a program uses cost RAM. When the module is made
//! (`import builtins`, `__builtins__`, `exec` with a globals dict), its dict holds every builtin
//! and *becomes* the cache (`Vm::builtins_live`): from then on `builtins.x = 1`, `del
//! builtins.len` or monkey-patching `builtins.len` are seen by every lookup, at the same cost
//! (one probe of that dict).
//!
//! A globals dict whose `__builtins__` is something else (`exec(src, {"__builtins__": {}})`)
//! is honoured as in CPython. Such dicts are rare, so the check runs only once `exec`/`eval`
//! has seen one (`Vm::custom_builtins`); ordinary programs never pay for it.

use alloc::string::String;

use crate::gc::{Kind, Root, Value};
use crate::objects::dict;

use super::{frame, PyResult, Vm};

impl Vm {
    /// `LoadGlobal` (and the global step of `LoadName`) in frame `f`.
    pub(crate) fn load_global(&mut self, f: Value, name: Value) -> PyResult<Value> {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        let globals = Value(p.get(frame::GLOBALS).copied().unwrap_or(0));
        if let Some(v) = self.hinted_get(globals, globals, name)? {
            return Ok(v);
        }
        if self.custom_builtins {
            if let Some(v) = self.custom_builtin(globals, name)? {
                return Ok(v);
            }
        }
        let cache = self.heap.root(Root::BuiltinCache);
        if !cache.is_null() {
            if let Some(v) = self.hinted_get(cache, cache, name)? {
                return Ok(v);
            }
        }
        self.builtin_miss(name)
    }

    /// A name in neither globals nor the cache: the static tables (unless the builtins module
    /// is live, whose dict is complete), or `__builtins__` itself.
    fn builtin_miss(&mut self, name: Value) -> PyResult<Value> {
        let text = String::from(self.str_text(name).unwrap_or(""));
        if text == "__builtins__" {
            return super::import::builtins_module(self);
        }
        if self.builtins_live {
            return Err(self.name_error(name));
        }
        let Some(v) = crate::modules::builtins::lookup(self, &text) else {
            return Err(self.name_error(name));
        };
        // Builtin values are static (types, native functions, constants): caching needs no
        // rooting.
        let mut cache = self.heap.root(Root::BuiltinCache);
        if cache.is_null() {
            cache = dict::alloc(self, 16)?;
            self.heap.set_root(Root::BuiltinCache, cache);
        }
        dict::set(self, cache, name, v)?;
        Ok(v)
    }

    /// `name` looked up in a custom `__builtins__` of `globals`: Ok(None) when globals has the
    /// real builtins (or none); NameError when the custom mapping lacks the name.
    fn custom_builtin(&mut self, globals: Value, name: Value) -> PyResult<Option<Value>> {
        let Some(b) = dict::get_str(self, globals, "__builtins__") else {
            return Ok(None);
        };
        if self.is_real_builtins(b) {
            return Ok(None);
        }
        let ns = if self.heap.kind(b) == Kind::Module {
            self.heap.get_value(b, 1)
        } else {
            b
        };
        let d = self.heap.push_root(ns);
        let r = self.namespace_get(ns, name);
        self.heap.pop_roots(d);
        match r? {
            Some(v) => Ok(Some(v)),
            None => Err(self.name_error(name)),
        }
    }

    /// Is `b` the builtins module or its dict?
    fn is_real_builtins(&self, b: Value) -> bool {
        if !self.builtins_live {
            return false;
        }
        let cache = self.heap.root(Root::BuiltinCache);
        b == cache || (self.heap.kind(b) == Kind::Module && self.heap.get_value(b, 1) == cache)
    }

    /// Notes the `__builtins__` of a globals dict given to `exec`/`eval`: a custom one turns
    /// on the check in [`Vm::load_global`].
    pub(crate) fn note_builtins(&mut self, b: Value) -> PyResult<()> {
        if !self.builtins_live {
            // Make the module first, so that the comparison below means something.
            let d = self.heap.push_root(b);
            let r = super::import::builtins_module(self);
            self.heap.pop_roots(d);
            r?;
        }
        if !self.is_real_builtins(b) {
            self.custom_builtins = true;
        }
        Ok(())
    }

    /// Called when the builtins module's dict `d` is complete: it replaces the cache.
    pub(crate) fn builtins_made(&mut self, d: Value) {
        self.heap.set_root(Root::BuiltinCache, d);
        self.builtins_live = true;
    }
}
