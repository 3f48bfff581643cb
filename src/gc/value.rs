// SPDX-License-Identifier: MIT
//! The 32-bit value word: every Python value is one `Value`, the same size on every target.
//!
//! ```text
//!  31                                   3  2  1  0
//! +--------------------------------------+--+--+--+
//! |  signed 31-bit integer                         |1|  small int      (-2^30 .. 2^30-1)
//! |  qstr index (29 bits)                 | 0| 1| 0|  interned string
//! |  constant index (29 bits)             | 1| 1| 0|  None, False, True, Ellipsis, NotImplemented
//! |  static object id (28 bits)        |t | 1| 0| 0|  t=0: builtin type, t=1: native function
//! |  heap handle (29 bits)                | 0| 0| 0|  an object in the GC heap (0 = NULL)
//! +--------------------------------------+--+--+--+
//! ```
//!
//! A heap handle is an index into the heap's handle table, not an address: the collector can move
//! (compact) objects without changing any `Value` the program holds. `NULL` (all zero bits) is the
//! VM's internal "no value" (an unbound local, an empty slot) and is never visible to Python code.

use core::fmt;

/// One Python value (see the module docs for the bit layout).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Value(pub u32);

const TAG_QSTR: u32 = 0b010;
const TAG_CONST: u32 = 0b110;
const TAG_STATIC: u32 = 0b100;
const TAG_TYPE: u32 = 0b0100;
const TAG_NATIVE: u32 = 0b1100;

/// The smallest small int.
pub const SMALL_INT_MIN: i64 = -(1 << 30);
/// The largest small int.
pub const SMALL_INT_MAX: i64 = (1 << 30) - 1;

impl Value {
    /// The internal "no value" marker.
    pub const NULL: Value = Value(0);
    /// `None`
    pub const NONE: Value = Value(TAG_CONST);
    /// `False`
    pub const FALSE: Value = Value((1 << 3) | TAG_CONST);
    /// `True`
    pub const TRUE: Value = Value((2 << 3) | TAG_CONST);
    /// `...`
    pub const ELLIPSIS: Value = Value((3 << 3) | TAG_CONST);
    /// `NotImplemented`
    pub const NOT_IMPLEMENTED: Value = Value((4 << 3) | TAG_CONST);

    /// A small int, if `i` fits in 31 bits.
    #[inline]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value(((i as i32) << 1) as u32 | 1))
        } else {
            None
        }
    }

    /// A small int from a value known to fit (callers guarantee the range).
    #[inline]
    pub const fn small_int_unchecked(i: i32) -> Value {
        Value(((i << 1) as u32) | 1)
    }

    /// Is this a small int?
    #[inline]
    pub const fn is_small_int(self) -> bool {
        self.0 & 1 == 1
    }

    /// The small int's value (meaningful only if `is_small_int`).
    #[inline]
    pub const fn as_small_int(self) -> i32 {
        (self.0 as i32) >> 1
    }

    /// `True` or `False`.
    #[inline]
    pub const fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// An interned string.
    #[inline]
    pub const fn qstr(index: u32) -> Value {
        Value((index << 3) | TAG_QSTR)
    }

    /// Is this an interned string?
    #[inline]
    pub const fn is_qstr(self) -> bool {
        self.0 & 0b111 == TAG_QSTR
    }

    /// The qstr index (meaningful only if `is_qstr`).
    #[inline]
    pub const fn qstr_index(self) -> u32 {
        self.0 >> 3
    }

    /// A builtin type by its id.
    #[inline]
    pub const fn builtin_type(id: u32) -> Value {
        Value((id << 4) | TAG_TYPE)
    }

    /// The builtin type id, if this is one.
    #[inline]
    pub const fn as_builtin_type(self) -> Option<u32> {
        if self.0 & 0b1111 == TAG_TYPE {
            Some(self.0 >> 4)
        } else {
            None
        }
    }

    /// A native function by its id (see `objects::native`).
    #[inline]
    pub const fn native(id: u32) -> Value {
        Value((id << 4) | TAG_NATIVE)
    }

    /// The native function id, if this is one.
    #[inline]
    pub const fn as_native(self) -> Option<u32> {
        if self.0 & 0b1111 == TAG_NATIVE {
            Some(self.0 >> 4)
        } else {
            None
        }
    }

    /// Is this one of the constants (None, True, ...)?
    #[inline]
    pub const fn is_const(self) -> bool {
        self.0 & 0b111 == TAG_CONST
    }

    /// Is this a static (builtin type or native function) object?
    #[inline]
    pub const fn is_static(self) -> bool {
        self.0 & 0b111 == TAG_STATIC
    }

    /// A heap handle from its index (1-based).
    #[inline]
    pub const fn handle(index: u32) -> Value {
        Value(index << 3)
    }

    /// Is this a heap object (not NULL)?
    #[inline]
    pub const fn is_heap(self) -> bool {
        self.0 & 0b111 == 0 && self.0 != 0
    }

    /// The heap handle index (meaningful only if `is_heap`).
    #[inline]
    pub const fn handle_index(self) -> u32 {
        self.0 >> 3
    }

    /// Is this the NULL marker?
    #[inline]
    pub const fn is_null(self) -> bool {
        self.0 == 0
    }

    /// Is this `None`?
    #[inline]
    pub const fn is_none(self) -> bool {
        self.0 == Value::NONE.0
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_small_int() {
            write!(f, "int({})", self.as_small_int())
        } else if self.is_qstr() {
            write!(f, "qstr#{}", self.qstr_index())
        } else if let Some(t) = self.as_builtin_type() {
            write!(f, "type#{t}")
        } else if let Some(n) = self.as_native() {
            write!(f, "native#{n}")
        } else if self.is_null() {
            f.write_str("NULL")
        } else if self.is_heap() {
            write!(f, "obj#{}", self.handle_index())
        } else {
            match *self {
                Value::NONE => f.write_str("None"),
                Value::TRUE => f.write_str("True"),
                Value::FALSE => f.write_str("False"),
                Value::ELLIPSIS => f.write_str("Ellipsis"),
                Value::NOT_IMPLEMENTED => f.write_str("NotImplemented"),
                _ => write!(f, "Value({:#x})", self.0),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_do_not_collide() {
        for i in [SMALL_INT_MIN, -1, 0, 1, SMALL_INT_MAX] {
            let v = Value::small_int(i).expect("fits");
            assert!(
                v.is_small_int() && !v.is_qstr() && !v.is_heap() && !v.is_const() && !v.is_static()
            );
            assert_eq!(v.as_small_int() as i64, i);
        }
        assert!(Value::small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::small_int(SMALL_INT_MIN - 1).is_none());
        let q = Value::qstr(12345);
        assert!(q.is_qstr() && q.qstr_index() == 12345 && !q.is_heap());
        let t = Value::builtin_type(7);
        assert_eq!(
            (t.as_builtin_type(), t.as_native(), t.is_static()),
            (Some(7), None, true)
        );
        let n = Value::native(9);
        assert_eq!((n.as_native(), n.as_builtin_type()), (Some(9), None));
        let h = Value::handle(5);
        assert!(h.is_heap() && h.handle_index() == 5);
        assert!(!Value::NULL.is_heap() && Value::NULL.is_null());
        for c in [
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::ELLIPSIS,
            Value::NOT_IMPLEMENTED,
        ] {
            assert!(c.is_const() && !c.is_heap() && !c.is_small_int());
        }
    }
}
