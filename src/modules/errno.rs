// SPDX-License-Identifier: MIT
//! The `errno` module: the usual `E*` error numbers (Linux's values, which MicroPython also
//! uses on its bare-metal ports) and `errorcode`, mapping numbers back to names.

use crate::gc::Value;
use crate::objects::dict;
use crate::objects::native::NativeFn;
use crate::vm::{PyResult, Vm};

/// The error names and numbers. Where two names share a number, the first one listed is the
/// name `errorcode` gives (`EAGAIN`, not `EWOULDBLOCK`), as in CPython.
static CODES: &[(&str, i32)] = &[
    ("EPERM", 1),
    ("ENOENT", 2),
    ("ESRCH", 3),
    ("EINTR", 4),
    ("EIO", 5),
    ("ENXIO", 6),
    ("E2BIG", 7),
    ("ENOEXEC", 8),
    ("EBADF", 9),
    ("ECHILD", 10),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EFAULT", 14),
    ("EBUSY", 16),
    ("EEXIST", 17),
    ("EXDEV", 18),
    ("ENODEV", 19),
    ("ENOTDIR", 20),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("ENFILE", 23),
    ("EMFILE", 24),
    ("ENOTTY", 25),
    ("EFBIG", 27),
    ("ENOSPC", 28),
    ("ESPIPE", 29),
    ("EROFS", 30),
    ("EMLINK", 31),
    ("EPIPE", 32),
    ("EDOM", 33),
    ("ERANGE", 34),
    ("EDEADLK", 35),
    ("ENAMETOOLONG", 36),
    ("ENOSYS", 38),
    ("ENOTEMPTY", 39),
    ("EWOULDBLOCK", 11),
    ("ENOTSUP", 95),
    ("EOPNOTSUPP", 95),
    ("EADDRINUSE", 98),
    ("EADDRNOTAVAIL", 99),
    ("ENETDOWN", 100),
    ("ENETUNREACH", 101),
    ("ECONNABORTED", 103),
    ("ECONNRESET", 104),
    ("ENOBUFS", 105),
    ("EISCONN", 106),
    ("ENOTCONN", 107),
    ("ETIMEDOUT", 110),
    ("ECONNREFUSED", 111),
    ("EHOSTUNREACH", 113),
    ("EALREADY", 114),
    ("EINPROGRESS", 115),
    ("EMSGSIZE", 90),
    ("ENOTSOCK", 88),
    ("EPROTONOSUPPORT", 93),
    ("EAFNOSUPPORT", 97),
];

/// `errno` has no functions.
pub static FUNCTIONS: &[NativeFn] = &[];

/// Adds the constants and the `errorcode` dict.
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    let codes = dict::alloc(vm, CODES.len())?;
    let depth = vm.heap.push_root(codes);
    let r = (|| {
        for &(name, n) in CODES {
            let k = vm.intern(name)?;
            let num = Value::small_int_unchecked(n);
            dict::set(vm, d, k, num)?;
            if dict::get(vm, codes, num)?.is_none() {
                dict::set(vm, codes, num, k)?;
            }
        }
        let k = vm.intern("errorcode")?;
        dict::set(vm, d, k, codes)
    })();
    vm.heap.pop_roots(depth);
    r
}
