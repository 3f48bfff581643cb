// SPDX-License-Identifier: MIT
//! The module system: `sys.modules`, builtin modules, source modules found on `sys.path` (files
//! and packages), relative imports, and running compiled code.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::compile::{CompileError, ErrorKind, Mode};
use crate::gc::{Kind, Root, Value};
use crate::objects::types::TypeId;
use crate::objects::{dict, list, tuple};

use super::run::Exit;
use super::{frame, PyResult, Vm};

impl Vm {
    /// A new module object named `name` (with `__name__` set).
    pub fn new_module(&mut self, name: &str) -> PyResult<Value> {
        let d = dict::alloc(self, 8)?;
        let depth = self.heap.push_root(d);
        let r = (|| {
            let n = self.intern(name)?;
            let key = self.intern("__name__")?;
            dict::set(self, d, key, n)?;
            let m = self.alloc(Kind::Module, 2)?;
            self.heap.set_value(m, 0, n);
            self.heap.set_value(m, 1, d);
            Ok(m)
        })();
        self.heap.pop_roots(depth);
        r
    }

    /// The `__main__` module: `__name__`, and `__doc__`, `__package__` and `__spec__` None as
    /// in CPython when it runs a script.
    pub fn new_main_module(&mut self) -> PyResult<Value> {
        let m = self.new_module("__main__")?;
        let d = self.heap.get_value(m, 1);
        let depth = self.heap.push_root(m);
        let r = (|| {
            for key in ["__doc__", "__package__", "__spec__"] {
                let k = self.intern(key)?;
                dict::set(self, d, k, Value::NONE)?;
            }
            Ok(m)
        })();
        self.heap.pop_roots(depth);
        r
    }

    /// Compiles source text to a heap code object, raising SyntaxError on bad input.
    pub fn compile_source(&mut self, text: &str, filename: &str, mode: Mode) -> PyResult<Value> {
        let budget = self.compile_stack_budget();
        match crate::compile::compile_with_stack_budget(text, filename, mode, budget) {
            Ok(code) => self.load_code(&code),
            Err(e) => Err(self.syntax_error(&e, filename, text)),
        }
    }

    /// Raises the SyntaxError (or subclass) for a compile error.
    pub fn syntax_error(&mut self, e: &CompileError, filename: &str, text: &str) -> super::PyErr {
        let t = match e.kind {
            ErrorKind::Memory => return self.memory_error(),
            ErrorKind::Indentation => TypeId::IndentationError,
            ErrorKind::Tab => TypeId::TabError,
            ErrorKind::Syntax => TypeId::SyntaxError,
            // The compiler passes' own stack guard is RecursionError, as in CPython.
            ErrorKind::TooDeep if e.msg.starts_with("maximum recursion depth") => {
                return self.raise_new(TypeId::RecursionError, &e.msg);
            }
            ErrorKind::TooDeep => {
                if e.msg.contains("indentation") {
                    TypeId::IndentationError
                } else {
                    TypeId::SyntaxError
                }
            }
        };
        let line_text = text
            .lines()
            .nth(e.line.saturating_sub(1) as usize)
            .unwrap_or("");
        // The passes after the parser know lines, not columns; CPython reports their errors
        // ('return' outside function, a bad global...) at the statement, which almost always
        // starts the line.
        let col = match e.col {
            0 => line_text
                .find(|c: char| c != ' ' && c != '\t')
                .map_or(0, |i| i as u32 + 1),
            c => c,
        };
        let r = (|| {
            let msg = self.new_str(&e.msg)?;
            let d = self.heap.push_root(msg);
            let file = self.new_str(filename)?;
            self.heap.push_root(file);
            let lt = self.new_str(line_text)?;
            self.heap.push_root(lt);
            let info = tuple::new(
                self,
                &[
                    file,
                    Value::small_int_unchecked(e.line as i32),
                    Value::small_int_unchecked(col as i32),
                    lt,
                ],
            )?;
            self.heap.push_root(info);
            let args = tuple::new(self, &[msg, info])?;
            self.heap.pop_roots(d);
            crate::objects::exception::new(self, t.value(), args)
        })();
        match r {
            Ok(exc) => self.raise(exc),
            Err(err) => err,
        }
    }

    /// Runs a code object with the given namespaces, returning its value.
    pub fn run_code(&mut self, code: Value, globals: Value, locals: Value) -> PyResult<Value> {
        let fr = frame::new(self, code, globals, locals, Value::NULL)?;
        if self.native_depth >= self.max_native_depth || self.stack_low() {
            return Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        self.native_depth += 1;
        let r = self.run_frame(fr, false);
        self.native_depth -= 1;
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Compiles and runs `text` as module code in `globals`.
    pub fn exec_source(
        &mut self,
        text: &str,
        filename: &str,
        globals: Value,
        mode: Mode,
    ) -> PyResult<Value> {
        let code = self.compile_source(text, filename, mode)?;
        let d = self.heap.push_root(code);
        let r = self.run_code(code, globals, globals);
        self.heap.pop_roots(d);
        r
    }

    /// Loads a `.pyr` file (ValueError if it is invalid) and runs it as module code in
    /// `globals`.
    pub fn exec_pyr(&mut self, data: &[u8], globals: Value) -> PyResult<Value> {
        let code = self.load_pyr(data)?;
        let d = self.heap.push_root(code);
        let r = self.run_code(code, globals, globals);
        self.heap.pop_roots(d);
        r
    }

    /// `import name` / `from name import fromlist` with `level` leading dots.
    pub fn import_name(
        &mut self,
        name: Value,
        globals: Value,
        fromlist: Value,
        level: u32,
    ) -> PyResult<Value> {
        let text = String::from(self.str_text(name).unwrap_or(""));
        let full = if level > 0 {
            self.resolve_relative(&text, globals, level)?
        } else {
            text.clone()
        };
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        // Import every prefix: a, a.b, a.b.c.
        let parts: Vec<&str> = full.split('.').collect();
        let mut top = Value::NULL;
        let mut leaf = Value::NULL;
        let mut prefix = String::new();
        let mut parent = Value::NULL;
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(p);
            let modules = self.heap.root(Root::Modules);
            let cached = dict::get_str(self, modules, &prefix).is_some();
            let d = self.heap.push_root(parent);
            let m = self.load_module(&prefix, parent);
            self.heap.pop_roots(d);
            let m = m?;
            if i == 0 {
                top = m;
                self.heap.set_root(Root::Scratch, top);
            }
            // As in CPython, a freshly loaded submodule is bound in its package (replacing a
            // stale one after `del sys.modules[...]`); a cached one is left as it is.
            if !parent.is_null() && !cached {
                let key = self.intern(p)?;
                let pd = self.heap.get_value(parent, 1);
                dict::set(self, pd, key, m)?;
            }
            parent = m;
            leaf = m;
        }
        self.heap.set_root(Root::Scratch, Value::NULL);
        let want_leaf =
            !(fromlist.is_none() || fromlist.is_null()) && self.len(fromlist).unwrap_or(0) > 0;
        if want_leaf {
            // `from pkg import sub`: submodules named in the fromlist are imported too.
            if self.is_package(leaf) {
                let names = self.collect_items(fromlist)?;
                for n in names {
                    let Some(t) = self.str_text(n).map(String::from) else {
                        continue;
                    };
                    if t == "*" {
                        continue;
                    }
                    let pd = self.heap.get_value(leaf, 1);
                    if dict::get_str(self, pd, &t).is_none() {
                        let sub = format!("{full}.{t}");
                        let d = self.heap.push_root(leaf);
                        let r = self.load_module(&sub, leaf);
                        self.heap.pop_roots(d);
                        match r {
                            Ok(m) => {
                                let key = self.intern(&t)?;
                                let pd = self.heap.get_value(leaf, 1);
                                dict::set(self, pd, key, m)?;
                            }
                            Err(e) => {
                                let p = self.pending();
                                if self.exception_is(p, TypeId::ModuleNotFoundError) {
                                    self.take_pending();
                                } else {
                                    return Err(e);
                                }
                            }
                        }
                    }
                }
            }
            return Ok(leaf);
        }
        if level > 0 {
            return Ok(leaf);
        }
        Ok(top)
    }

    fn is_package(&self, m: Value) -> bool {
        let d = self.heap.get_value(m, 1);
        self.heap.kind(d) == Kind::Dict && dict::get_str(self, d, "__path__").is_some()
    }

    fn resolve_relative(&mut self, name: &str, globals: Value, level: u32) -> PyResult<String> {
        let package = match dict::get_str(self, globals, "__package__") {
            Some(p) if self.str_text(p).is_some_and(|s| !s.is_empty()) => {
                String::from(self.str_text(p).unwrap_or(""))
            }
            _ => {
                let n = dict::get_str(self, globals, "__name__")
                    .and_then(|n| self.str_text(n).map(String::from));
                let is_pkg = dict::get_str(self, globals, "__path__").is_some();
                match n {
                    Some(n) if is_pkg => n,
                    Some(n) => match n.rfind('.') {
                        Some(i) => String::from(&n[..i]),
                        None => String::new(),
                    },
                    None => String::new(),
                }
            }
        };
        if package.is_empty() {
            return Err(self.raise_new(
                TypeId::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rfind('.') {
                Some(i) => base = &base[..i],
                None => {
                    return Err(self.raise_new(
                        TypeId::ImportError,
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            String::from(base)
        } else {
            format!("{base}.{name}")
        })
    }

    /// Finds or loads the module `full` (its parent package, if any, already loaded).
    fn load_module(&mut self, full: &str, parent: Value) -> PyResult<Value> {
        let modules = self.heap.root(Root::Modules);
        if let Some(m) = dict::get_str(self, modules, full) {
            return Ok(m);
        }
        if let Some(idx) = crate::modules::find(full) {
            let m = crate::modules::make_module(self, idx)?;
            let d = self.heap.push_root(m);
            let key = self.intern(full)?;
            let modules = self.heap.root(Root::Modules);
            let r = dict::set(self, modules, key, m);
            self.heap.pop_roots(d);
            r?;
            return Ok(m);
        }
        if let Some(pyr) = crate::modules::frozen::code(full) {
            let file = format!("<frozen {full}>");
            return self.exec_module(full, &file, Body::Pyr(pyr), None);
        }
        if !parent.is_null() && !self.is_package(parent) {
            let pname = crate::objects::class::module_name(self, parent);
            return Err(self.module_not_found(full, &format!("; '{pname}' is not a package")));
        }
        let dirs = self.search_dirs(parent)?;
        let last = full.rsplit('.').next().unwrap_or(full);
        for dir in dirs {
            let base = if dir.is_empty() {
                String::from(last)
            } else {
                format!("{dir}/{last}")
            };
            let pkg_init = format!("{base}/__init__.py");
            if self.platform.is_dir(&base) {
                if let Some(src) = self.platform.read_file(&pkg_init) {
                    return self.exec_module(full, &pkg_init, Body::Source(&src), Some(&base));
                }
            }
            let file = format!("{base}.py");
            if let Some(src) = self.platform.read_file(&file) {
                return self.exec_module(full, &file, Body::Source(&src), None);
            }
            // Precompiled by pyrite-cross (source first, as MicroPython prefers .py to .mpy).
            let file = format!("{base}.pyr");
            if let Some(data) = self.platform.read_file(&file) {
                return self.exec_module(full, &file, Body::Pyr(&data), None);
            }
        }
        Err(self.module_not_found(full, ""))
    }

    /// Raises `ModuleNotFoundError: No module named 'full'` (then `detail`), with `e.name`.
    pub fn module_not_found(&mut self, full: &str, detail: &str) -> super::PyErr {
        let msg = format!("No module named '{full}'{detail}");
        let err = self.raise_new(TypeId::ModuleNotFoundError, &msg);
        let exc = self.pending();
        let d = self.heap.push_root(exc);
        if let (Ok(k), Ok(v)) = (self.intern("name"), self.new_str(full)) {
            let _ = crate::objects::class::generic_setattr(self, exc, k, v);
        }
        self.heap.pop_roots(d);
        self.raise(exc);
        err
    }

    /// The directories to search: the parent package's `__path__`, or `sys.path`.
    fn search_dirs(&mut self, parent: Value) -> PyResult<Vec<String>> {
        let path = if parent.is_null() {
            crate::modules::sys::path_list(self)?
        } else {
            let d = self.heap.get_value(parent, 1);
            match dict::get_str(self, d, "__path__") {
                Some(p) => p,
                None => return Ok(Vec::new()),
            }
        };
        let items = self.collect_items(path)?;
        Ok(items
            .iter()
            .filter_map(|v| self.str_text(*v).map(String::from))
            .collect())
    }

    /// Runs a module's code (source, or a `.pyr` file) in a fresh module registered in
    /// `sys.modules` under `full`.
    fn exec_module(
        &mut self,
        full: &str,
        file: &str,
        body: Body,
        pkg_dir: Option<&str>,
    ) -> PyResult<Value> {
        let text = match body {
            Body::Source(src) => match core::str::from_utf8(src) {
                Ok(t) => Some(String::from(t)),
                Err(_) => {
                    return Err(self.raise_new(
                        TypeId::SyntaxError,
                        &error_msg!("non-UTF-8 source", "Non-UTF-8 code in file {file}"),
                    ));
                }
            },
            Body::Pyr(_) => None,
        };
        let m = self.new_module(full)?;
        let depth = self.heap.push_root(m);
        let r = (|| {
            let d = self.heap.get_value(m, 1);
            let k = self.intern("__file__")?;
            let v = self.new_str(file)?;
            dict::set(self, d, k, v)?;
            let package = match pkg_dir {
                Some(dir) => {
                    let k = self.intern("__path__")?;
                    let p = self.new_str(dir)?;
                    let dp = self.heap.push_root(p);
                    let l = list::from_slice(self, &[p]);
                    self.heap.pop_roots(dp);
                    dict::set(self, d, k, l?)?;
                    String::from(full)
                }
                None => String::from(full.rsplit_once('.').map(|(a, _)| a).unwrap_or("")),
            };
            let k = self.intern("__package__")?;
            let v = self.new_str(&package)?;
            dict::set(self, d, k, v)?;
            // In sys.modules before running, so circular imports see the partial module.
            let key = self.intern(full)?;
            let modules = self.heap.root(Root::Modules);
            dict::set(self, modules, key, m)?;
            self.importing.push(String::from(full));
            let ran = match (&text, body) {
                (Some(text), _) => self.exec_source(text, file, d, Mode::Exec),
                // `text` is None only for a `.pyr` body.
                (None, Body::Pyr(data) | Body::Source(data)) => self.exec_pyr(data, d),
            };
            self.importing.pop();
            match ran {
                Ok(_) => Ok(m),
                Err(e) => {
                    let exc = self.take_pending();
                    let dd = self.heap.push_root(exc);
                    let modules = self.heap.root(Root::Modules);
                    let _ = dict::remove(self, modules, key);
                    self.heap.pop_roots(dd);
                    self.raise(exc);
                    Err(e)
                }
            }
        })();
        self.heap.pop_roots(depth);
        r
    }

    /// `from module import name`.
    pub fn import_from(&mut self, m: Value, name: Value) -> PyResult<Value> {
        match self.getattr_opt(m, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            // A module `__getattr__` (PEP 562) saying no: the ImportError below.
            Err(_) if self.exception_is(self.pending(), TypeId::AttributeError) => {
                self.take_pending();
            }
            Err(e) => return Err(e),
        }
        // A submodule imported under its full name but not yet bound in the package.
        if self.heap.kind(m) == Kind::Module {
            let pkg = crate::objects::class::module_name(self, m);
            let n = String::from(self.str_text(name).unwrap_or(""));
            let full = format!("{pkg}.{n}");
            let modules = self.heap.root(Root::Modules);
            if let Some(sub) = dict::get_str(self, modules, &full) {
                return Ok(sub);
            }
            return Err(self.cannot_import(m, &n));
        }
        let n = String::from(self.str_text(name).unwrap_or(""));
        Err(self.raise_new(
            TypeId::ImportError,
            &error_msg!("cannot import name", "cannot import name '{n}'"),
        ))
    }

    /// CPython's ImportError for `from m import n`, with `name` and `path` set: it names the
    /// module's file (or "unknown location") and points at a circular import when `m` is still
    /// running.
    fn cannot_import(&mut self, m: Value, n: &str) -> super::PyErr {
        let pkg = crate::objects::class::module_name(self, m);
        let md = self.heap.get_value(m, 1);
        let file = dict::get_str(self, md, "__file__").filter(|f| self.str_text(*f).is_some());
        #[cfg(not(feature = "detailed-errors"))]
        let msg = "cannot import name";
        #[cfg(feature = "detailed-errors")]
        let place = match file {
            Some(f) => String::from(self.str_text(f).unwrap_or("")),
            None => String::from("unknown location"),
        };
        #[cfg(feature = "detailed-errors")]
        let msg = if self.importing.contains(&pkg) {
            format!(
                "cannot import name '{n}' from partially initialized module '{pkg}' (most likely due to a circular import) ({place})"
            )
        } else {
            format!("cannot import name '{n}' from '{pkg}' ({place})")
        };
        let err = self.raise_new(TypeId::ImportError, &msg);
        let name = self.new_str(&pkg);
        match name {
            Ok(name) => {
                let path = file.unwrap_or(Value::NONE);
                crate::objects::exception_init::annotate_pending(
                    self,
                    err,
                    &[("name", name), ("path", path)],
                )
            }
            Err(e) => e,
        }
    }

    /// `from module import *` into the namespace `ns`.
    pub fn import_star(&mut self, m: Value, ns: Value) -> PyResult<()> {
        if self.heap.kind(m) != Kind::Module {
            return Err(self.type_error("import * needs a module"));
        }
        let d = self.heap.get_value(m, 1);
        if let Some(all) = dict::get_str(self, d, "__all__") {
            let names = self.collect_items(all)?;
            for n in names {
                let Some(t) = self.str_text(n).map(String::from) else {
                    return Err(self.type_error("Item in __all__ must be str"));
                };
                let key = self.intern(&t)?;
                let v = self.getattr(m, key)?;
                self.namespace_set(ns, key, v)?;
            }
            return Ok(());
        }
        for (k, v) in dict::items(self, d) {
            if self.str_text(k).is_some_and(|s| !s.starts_with('_')) {
                self.namespace_set(ns, k, v)?;
            }
        }
        Ok(())
    }
}

/// What a module is made from.
#[derive(Clone, Copy)]
enum Body<'a> {
    /// Python source text (compiled on import).
    Source(&'a [u8]),
    /// A `.pyr` file (see `bytecode::pyr`).
    Pyr(&'a [u8]),
}

/// The `builtins` module object (made on first use).
pub fn builtins_module(vm: &mut Vm) -> PyResult<Value> {
    let name = vm.intern("builtins")?;
    vm.import_name(name, Value::NULL, Value::NONE, 0)
}

/// The `builtins` module's dict (`f_builtins`).
pub fn builtins_dict(vm: &mut Vm) -> PyResult<Value> {
    let m = builtins_module(vm)?;
    Ok(vm.heap.get_value(m, 1))
}
