// SPDX-License-Identifier: MIT
//! Attribute access: `getattr`, `setattr`, `delattr`, the `LoadMethod` shortcut, and the
//! namespaces of module and class bodies.

use alloc::format;
use alloc::string::String;

use crate::gc::{Kind, Value};
use crate::objects::native::{self, Binding};
use crate::objects::types::TypeId;
use crate::objects::{class, dict, function as func};

use super::{PyErr, PyResult, Vm};

impl Vm {
    /// `getattr(obj, name)`: AttributeError if absent.
    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// Raises CPython's AttributeError for `obj.name`.
    pub fn no_attribute(&mut self, obj: Value, name: Value) -> PyErr {
        let err = self.no_attribute_message(obj, name);
        let fields = [("name", name), ("obj", obj)];
        crate::objects::exception_init::annotate_pending(self, err, &fields)
    }

    fn no_attribute_message(&mut self, obj: Value, name: Value) -> PyErr {
        let n = String::from(self.str_text(name).unwrap_or("?"));
        match self.heap.kind(obj) {
            Kind::Module => {
                let m = class::module_name(self, obj);
                self.attribute_error(format!("module '{m}' has no attribute '{n}'"))
            }
            Kind::Class => {
                let t = class::type_name(self, obj);
                self.attribute_error(format!("type object '{t}' has no attribute '{n}'"))
            }
            _ if obj.as_builtin_type().is_some() => {
                let t = class::type_name(self, obj);
                self.attribute_error(format!("type object '{t}' has no attribute '{n}'"))
            }
            _ => {
                let t = self.type_name(obj);
                self.attribute_error(format!("'{t}' object has no attribute '{n}'"))
            }
        }
    }

    /// `getattr(obj, name, None)` without raising AttributeError (other errors propagate).
    pub fn getattr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        match self.heap.kind(obj) {
            Kind::Instance | Kind::Exception => return class::instance_getattr(self, obj, name),
            Kind::Class => return class::class_getattr(self, obj, name),
            Kind::Module => return crate::objects::module::getattr(self, obj, name),
            Kind::Super => return class::super_getattr(self, obj, name),
            _ => {}
        }
        if let Some(t) = obj.as_builtin_type() {
            let t = TypeId::from_index(t).unwrap_or(TypeId::Object);
            return class::builtin_type_getattr(self, t, name);
        }
        let text = String::from(self.str_text(name).unwrap_or(""));
        if let Some(v) = crate::objects::object::builtin_attr(self, obj, &text)? {
            return Ok(Some(v));
        }
        let t = self.builtin_type_of(obj);
        if let Some((m, binding)) = find_builtin_method(t, &text) {
            return Ok(Some(match binding {
                Binding::Method => bind_native(self, obj, m)?,
                Binding::Class => bind_native(self, t.value(), m)?,
                Binding::Static => m,
            }));
        }
        // A bound method shows the attributes of its function (`obj.method.tag`), as CPython's.
        if self.heap.kind(obj) == Kind::BoundMethod {
            let f = self.heap.get_value(obj, 1);
            return self.getattr_opt(f, name);
        }
        // Builtin types carry no docstrings (flash), but `obj.__doc__` exists, as `dir` says.
        if text == "__doc__" {
            return Ok(Some(Value::NONE));
        }
        Ok(None)
    }

    /// `LoadMethod`: `(function, obj)` when `name` is a plain method on `type(obj)` so no bound
    /// method needs allocating, else `(NULL, getattr(obj, name))`.
    pub fn load_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, Value)> {
        match self.heap.kind(obj) {
            Kind::Instance => {
                if let Some(f) = class::instance_method_fast(self, obj, name)? {
                    return Ok((f, obj));
                }
            }
            Kind::Class | Kind::Module | Kind::Exception | Kind::Super => {}
            _ if obj.is_static() => {}
            _ => {
                let t = self.builtin_type_of(obj);
                let text = String::from(self.str_text(name).unwrap_or(""));
                if crate::objects::object::builtin_attr_names(self, obj).contains(&text.as_str()) {
                    // fall through to getattr
                } else if let Some((m, Binding::Method)) = find_builtin_method(t, &text) {
                    return Ok((m, obj));
                }
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((Value::NULL, v))
    }

    /// `obj.name = v`.
    pub fn setattr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        match self.heap.kind(obj) {
            Kind::Instance | Kind::Exception => class::instance_setattr(self, obj, name, v),
            Kind::Class => class::class_setattr(self, obj, name, v),
            Kind::Module => {
                let d = self.heap.get_value(obj, 1);
                dict::set(self, d, name, v)
            }
            Kind::Function => {
                let text = String::from(self.str_text(name).unwrap_or(""));
                match text.as_str() {
                    "__name__" => self.heap.set_value(obj, func::NAME, v),
                    "__qualname__" => self.heap.set_value(obj, func::QUALNAME, v),
                    "__doc__" => self.heap.set_value(obj, func::DOC, v),
                    "__defaults__" => self.heap.set_value(
                        obj,
                        func::DEFAULTS,
                        if v.is_none() { Value::NULL } else { v },
                    ),
                    "__kwdefaults__" => self.heap.set_value(
                        obj,
                        func::KWDEFAULTS,
                        if v.is_none() { Value::NULL } else { v },
                    ),
                    "__module__" => self.heap.set_value(obj, func::MODULE, v),
                    "__closure__" | "__globals__" => {
                        return Err(self.attribute_error("readonly attribute"))
                    }
                    "__annotations__" => {
                        if self.heap.kind(v) != Kind::Dict {
                            return Err(
                                self.type_error("__annotations__ must be set to a dict object")
                            );
                        }
                        self.heap.set_value(obj, func::ANNOTATIONS, v)
                    }
                    _ => {
                        let mut d = self.heap.get_value(obj, func::DICT);
                        if d.is_null() {
                            d = dict::alloc(self, 2)?;
                            self.heap.set_value(obj, func::DICT, d);
                        }
                        dict::set(self, d, name, v)?;
                    }
                }
                Ok(())
            }
            _ if obj.as_builtin_type().is_some() => class::type_setattr(self, obj, name, v),
            _ => Err(self.builtin_attr_readonly(obj, name)?),
        }
    }

    /// The AttributeError for setting or deleting `obj.name` on a builtin object: CPython words
    /// it differently for methods (read-only), data attributes (not writable) and absent names.
    #[cfg(not(feature = "detailed-errors"))]
    fn builtin_attr_readonly(&mut self, _obj: Value, _name: Value) -> PyResult<PyErr> {
        Ok(self.attribute_error("can't set attribute"))
    }

    /// The AttributeError for setting or deleting `obj.name` on a builtin object: CPython words
    /// it differently for methods (read-only), data attributes (not writable) and absent names.
    #[cfg(feature = "detailed-errors")]
    fn builtin_attr_readonly(&mut self, obj: Value, name: Value) -> PyResult<PyErr> {
        let t = self.type_name(obj);
        let n = String::from(self.str_text(name).unwrap_or("?"));
        if find_builtin_method(self.builtin_type_of(obj), &n).is_some() {
            return Ok(self.attribute_error(format!("'{t}' object attribute '{n}' is read-only")));
        }
        // A bound method's own attributes only: those of its function are not its own.
        let exists = if self.heap.kind(obj) == Kind::BoundMethod {
            crate::objects::object::builtin_attr(self, obj, &n)?.is_some()
        } else {
            self.getattr_opt(obj, name)?.is_some()
        };
        if exists {
            // Plain struct members (range.start, slice.stop, complex.real, __func__...) have
            // CPython's terse message; computed attributes name the type defining them.
            let member = matches!(
                self.heap.kind(obj),
                Kind::Range
                    | Kind::Slice
                    | Kind::Complex
                    | Kind::StaticMethod
                    | Kind::ClassMethod
                    | Kind::Property
            ) || n == "__closure__";
            if member {
                return Ok(self.attribute_error("readonly attribute"));
            }
            let t = if obj == Value::TRUE || obj == Value::FALSE {
                String::from("int")
            } else {
                t
            };
            return Ok(
                self.attribute_error(format!("attribute '{n}' of '{t}' objects is not writable"))
            );
        }
        Ok(self.attribute_error(format!("'{t}' object has no attribute '{n}'")))
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        match self.heap.kind(obj) {
            Kind::Instance | Kind::Exception => class::instance_delattr(self, obj, name),
            Kind::Class => class::class_delattr(self, obj, name),
            _ if obj.as_builtin_type().is_some() => {
                class::type_setattr(self, obj, name, Value::NULL)
            }
            Kind::Module | Kind::Function => {
                let d = if self.heap.kind(obj) == Kind::Module {
                    self.heap.get_value(obj, 1)
                } else {
                    self.heap.get_value(obj, func::DICT)
                };
                if d.is_null() || dict::remove(self, d, name)?.is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                Ok(())
            }
            _ => Err(self.builtin_attr_readonly(obj, name)?),
        }
    }

    /// Reads `name` from a module/class namespace (a dict, or a mapping with `__getitem__`).
    pub fn namespace_get(&mut self, ns: Value, name: Value) -> PyResult<Option<Value>> {
        if self.heap.kind(ns) == Kind::Dict {
            return self.hinted_get(ns, ns, name);
        }
        match self.getitem(ns, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let exc = self.pending();
                if self.exception_is(exc, TypeId::KeyError) {
                    self.take_pending();
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Writes `name` in a namespace.
    pub fn namespace_set(&mut self, ns: Value, name: Value, v: Value) -> PyResult<()> {
        if self.heap.kind(ns) == Kind::Dict {
            return self.hinted_set(ns, ns, name, v);
        }
        self.setitem(ns, name, v)
    }

    /// Deletes `name` from a namespace; false if it was absent.
    pub fn namespace_del(&mut self, ns: Value, name: Value) -> PyResult<bool> {
        if self.heap.kind(ns) == Kind::Dict {
            return Ok(dict::remove(self, ns, name)?.is_some());
        }
        self.delitem(ns, name).map(|_| true)
    }
}

/// Looks `name` up in the method tables of builtin type `t` and its builtin bases.
pub fn find_builtin_method(t: TypeId, name: &str) -> Option<(Value, Binding)> {
    let mut cur = t;
    loop {
        if let Some(found) = native::find_type_method(cur, name) {
            return Some(found);
        }
        if cur == TypeId::Object {
            return None;
        }
        cur = cur.base();
    }
}

/// A builtin method bound to `obj`.
pub fn bind_native(vm: &mut Vm, obj: Value, native_fn: Value) -> PyResult<Value> {
    let d = vm.heap.push_root(obj);
    let m = vm.alloc(Kind::NativeMethod, 2);
    vm.heap.pop_roots(d);
    let m = m?;
    vm.heap.set_value(m, 0, obj);
    vm.heap.set_value(m, 1, native_fn);
    Ok(m)
}
