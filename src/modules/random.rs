// SPDX-License-Identifier: MIT
//! The `random` module, MicroPython's API plus `shuffle`: a small generator (xorshift64*,
//! seeded through splitmix64) whose state is one `u64` in the VM. The sequences differ from
//! CPython's Mersenne Twister; only the distributions and the API (argument rules, errors)
//! match. `getrandbits` and `_randbelow` are native; the rest is a few lines of Python made at
//! import, so the argument handling is CPython's own.

use alloc::vec::Vec;

use crate::compile::Mode;
use crate::gc::Value;
use crate::objects::bigint::BigInt;
use crate::objects::constructors::{arg_count, no_kwargs};
use crate::objects::native::NativeFn;
use crate::objects::{float, int};
use crate::vm::{PyResult, Vm};

/// splitmix64: spreads any seed over the whole state (and never yields the fixed point 0
/// for long).
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn set_seed(vm: &mut Vm, s: u64) {
    let m = mix(s);
    vm.random_state = if m == 0 { 0x2545_F491_4F6C_DD1D } else { m };
}

/// The next 32 random bits (xorshift64*, high half).
fn next_u32(vm: &mut Vm) -> u32 {
    if vm.random_state == 0 {
        let t = vm.platform.time_ns() ^ vm.platform.ticks_us().rotate_left(32);
        set_seed(vm, t);
    }
    let mut x = vm.random_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    vm.random_state = x;
    (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) as u32
}

/// `k` random bits as a non-negative BigInt.
fn bits(vm: &mut Vm, k: u64) -> BigInt {
    let words = k.div_ceil(32) as usize;
    let mut d: Vec<u32> = (0..words).map(|_| next_u32(vm)).collect();
    if k % 32 != 0 {
        if let Some(top) = d.last_mut() {
            *top >>= 32 - k % 32;
        }
    }
    BigInt::from_digits(false, d)
}

/// Most bits one call may ask for (the result must fit the heap anyway).
const MAX_BITS: i64 = 1 << 24;

fn seed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "seed", kw)?;
    arg_count(vm, "seed", args, 0, 1)?;
    match args.first() {
        None => vm.random_state = 0,
        Some(v) if v.is_none() => vm.random_state = 0,
        Some(&v) => {
            let s = match int::to_big(vm, v) {
                Some(b) => b
                    .digits()
                    .iter()
                    .fold(b.is_negative() as u64, |h, &w| mix(h ^ w as u64)),
                None => vm.hash(v)? as u64,
            };
            set_seed(vm, s);
        }
    }
    Ok(Value::NONE)
}

fn getrandbits(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "getrandbits", kw)?;
    arg_count(vm, "getrandbits", args, 1, 1)?;
    let Some(k) = vm.index_value(args[0])? else {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(alloc::format!(
            "'{tn}' object cannot be interpreted as an integer"
        )));
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > MAX_BITS || k as usize / 8 > vm.heap.size_bytes() {
        return Err(vm.memory_error());
    }
    let b = bits(vm, k as u64);
    int::from_big(vm, &b)
}

/// `_randbelow(n)`: uniform in `[0, n)` for `n > 0`, by rejection (no modulo bias).
fn randbelow(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = args
        .first()
        .and_then(|v| int::to_big(vm, *v))
        .unwrap_or_default();
    if n.sign() <= 0 {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let k = n.bit_length();
    if k > MAX_BITS as u64 {
        return Err(vm.overflow_error("range too large"));
    }
    loop {
        let r = bits(vm, k);
        if r < n {
            return int::from_big(vm, &r);
        }
    }
}

fn random(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let hi = (next_u32(vm) >> 5) as u64; // 27 bits
    let lo = (next_u32(vm) >> 6) as u64; // 26 bits
    float::new(vm, ((hi << 26) | lo) as f64 / 9_007_199_254_740_992.0)
}

/// The native functions of `random`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("seed", seed),
    NativeFn::function("getrandbits", getrandbits),
    NativeFn::function("random", random),
    NativeFn::function("_randbelow", randbelow),
];

const PYTHON_PART: &str = "\
def _int_arg(x, which):
    if isinstance(x, float):
        i = int(x)
        if i != x:
            raise ValueError('non-integer ' + which + ' for randrange()')
        return i
    return x.__index__() if not isinstance(x, int) else x
def randrange(start, stop=None, step=1):
    istart = _int_arg(start, 'arg 1')
    if stop is None:
        if step != 1:
            raise TypeError('Missing a non-None stop argument')
        if istart > 0:
            return _randbelow(istart)
        raise ValueError('empty range for randrange()')
    istop = _int_arg(stop, 'stop')
    width = istop - istart
    istep = _int_arg(step, 'step')
    if istep == 1:
        if width > 0:
            return istart + _randbelow(width)
        raise ValueError('empty range for randrange() (' + str(istart) + ', ' + str(istop) + ', ' + str(width) + ')')
    if istep > 0:
        n = (width + istep - 1) // istep
    elif istep < 0:
        n = (width + istep + 1) // istep
    else:
        raise ValueError('zero step for randrange()')
    if n <= 0:
        raise ValueError('empty range for randrange()')
    return istart + istep * _randbelow(n)
def randint(a, b):
    return randrange(a, b + 1)
def uniform(a, b):
    return a + (b - a) * random()
def choice(seq):
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[_randbelow(len(seq))]
def shuffle(x):
    for i in reversed(range(1, len(x))):
        j = _randbelow(i + 1)
        x[i], x[j] = x[j], x[i]
";

/// Defines the Python-level functions.
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    vm.exec_source(PYTHON_PART, "<random>", d, Mode::Exec)?;
    Ok(())
}
