// SPDX-License-Identifier: MIT
//! The instructions of `match` statements (feature `match`), as CPython 3.11 runs them:
//! `GetLen`, `MatchMapping`, `MatchSequence`, `MatchKeys`, `CopyDictWithoutKeys`,
//! `MatchClass`. Without the feature no compiled code contains them and a `.pyr` file that
//! does is refused when loaded (`bytecode::pyr`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::Op;
use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::objects::{class, dict, tuple};

use super::{PyResult, Vm};

impl Vm {
    /// Runs one pattern-matching instruction of frame `f`.
    pub(super) fn exec_match(&mut self, f: Value, op: Op, arg: u32) -> PyResult<()> {
        match op {
            Op::GetLen => {
                let obj = self.peek(f, 1);
                let n = self.len(obj)?;
                let v = crate::objects::int::from_i64(self, n as i64)?;
                self.push(f, v);
            }
            Op::MatchMapping => {
                let s = self.peek(f, 1);
                let is = self.heap.kind(self.builtin_value(s)) == Kind::Dict;
                self.push(f, Value::bool(is));
            }
            Op::MatchSequence => {
                let s = self.peek(f, 1);
                let inner = self.builtin_value(s);
                let is = matches!(
                    self.heap.kind(inner),
                    Kind::List | Kind::Tuple | Kind::Range
                );
                self.push(f, Value::bool(is));
            }
            Op::MatchKeys => {
                let (subject, keys) = (self.peek(f, 2), self.peek(f, 1));
                let v = self.match_keys(subject, keys)?;
                self.push(f, v);
            }
            Op::CopyDictWithoutKeys => {
                let (subject, keys) = (self.peek(f, 2), self.peek(f, 1));
                let src = self.builtin_value(subject);
                let rest = dict::copy(self, src)?;
                self.poke(f, 1, rest);
                for k in tuple::items(self, keys) {
                    dict::remove(self, rest, k)?;
                }
            }
            Op::MatchClass => {
                let (subject, cls, names) = (self.peek(f, 3), self.peek(f, 2), self.peek(f, 1));
                let r = self.match_class(subject, cls, arg as usize, names)?;
                self.drop_n(f, 2);
                self.poke(f, 1, r);
            }
            _ => {}
        }
        Ok(())
    }

    fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let ks = tuple::items(self, keys);
        let inner = self.builtin_value(subject);
        let out = crate::objects::list::alloc(self, ks.len())?;
        let d = self.heap.push_root(out);
        let r = (|| {
            for k in ks {
                let v = if self.heap.kind(inner) == Kind::Dict
                    && self.heap.kind(subject) != Kind::Instance
                {
                    dict::get(self, inner, k)?
                } else {
                    match self.getitem(subject, k) {
                        Ok(v) => Some(v),
                        Err(e) => {
                            let p = self.pending();
                            if self.exception_is(p, TypeId::KeyError) {
                                self.take_pending();
                                None
                            } else {
                                return Err(e);
                            }
                        }
                    }
                };
                match v {
                    Some(v) => crate::objects::list::append(self, out, v)?,
                    None => return Ok(Value::NONE),
                }
            }
            let items = crate::objects::list::items(self, out);
            tuple::new(self, &items)
        })();
        self.heap.pop_roots(d);
        r
    }

    fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        npos: usize,
        names: Value,
    ) -> PyResult<Value> {
        if cls.as_builtin_type().is_none() && self.heap.kind(cls) != Kind::Class {
            return Err(self.type_error("called match pattern must be a type"));
        }
        let t = self.type_of(subject);
        if !class::is_subclass(self, t, cls) {
            return Ok(Value::NONE);
        }
        let mut attrs: Vec<Value> = Vec::new();
        let acc = crate::objects::list::alloc(self, npos)?;
        let d = self.heap.push_root(acc);
        let r = (|| {
            if npos > 0 {
                let ma = self.intern("__match_args__")?;
                let match_args = self.getattr_opt(cls, ma)?;
                match match_args {
                    Some(ma) => {
                        if self.heap.kind(ma) != Kind::Tuple {
                            let cn = class::type_name(self, cls);
                            let got = class::type_name(self, self.type_of(ma));
                            return Err(self.type_error(format!(
                                "{cn}.__match_args__ must be a tuple (got {got})"
                            )));
                        }
                        let items = self.collect_items(ma)?;
                        if npos > items.len() {
                            let cn = class::type_name(self, cls);
                            let n = items.len();
                            let s = if n == 1 { "" } else { "s" };
                            return Err(self.type_error(format!(
                                "{cn}() accepts {n} positional sub-pattern{s} ({npos} given)"
                            )));
                        }
                        attrs.extend_from_slice(&items[..npos]);
                    }
                    None => {
                        let self_matching = matches!(
                            class::builtin_base(self, cls),
                            TypeId::Bool
                                | TypeId::ByteArray
                                | TypeId::Bytes
                                | TypeId::Dict
                                | TypeId::Float
                                | TypeId::FrozenSet
                                | TypeId::Int
                                | TypeId::List
                                | TypeId::Set
                                | TypeId::Str
                                | TypeId::Tuple
                        );
                        if self_matching && npos == 1 {
                            crate::objects::list::append(self, acc, subject)?;
                        } else {
                            // Self-matching builtins take exactly one positional sub-pattern.
                            let cn = class::type_name(self, cls);
                            let (n, s) = if self_matching { (1, "") } else { (0, "s") };
                            return Err(self.type_error(format!(
                                "{cn}() accepts {n} positional sub-pattern{s} ({npos} given)"
                            )));
                        }
                    }
                }
            }
            attrs.extend(tuple::items(self, names));
            let mut seen: Vec<String> = Vec::new();
            for a in attrs {
                let Some(text) = self.str_text(a).map(String::from) else {
                    return Err(self.type_error("__match_args__ elements must be strings"));
                };
                if seen.contains(&text) {
                    let cn = class::type_name(self, cls);
                    return Err(self.type_error(format!(
                        "{cn}() got multiple sub-patterns for attribute '{text}'"
                    )));
                }
                seen.push(text.clone());
                let key = self.intern(&text)?;
                match self.getattr_opt(subject, key)? {
                    Some(v) => crate::objects::list::append(self, acc, v)?,
                    None => return Ok(Value::NONE),
                }
            }
            let items = crate::objects::list::items(self, acc);
            tuple::new(self, &items)
        })();
        self.heap.pop_roots(d);
        r
    }
}
