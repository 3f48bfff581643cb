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

/// `getstate()`: the generator's state, an int (CPython's is a tuple for its Mersenne Twister;
/// either only goes back to `setstate`).
fn getstate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "getstate", args, 0, 0)?;
    int::from_big(vm, &BigInt::from_u64(vm.random_state))
}

fn setstate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "setstate", args, 1, 1)?;
    let Some(s) = int::to_big(vm, args[0]).and_then(|b| b.to_u64()) else {
        return Err(vm.type_error("state vector must be a value from getstate()"));
    };
    vm.random_state = s;
    Ok(Value::NONE)
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
    NativeFn::function("getstate", getstate),
    NativeFn::function("setstate", setstate),
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
def sample(population, k, *, counts=None):
    if isinstance(population, (set, frozenset, dict)) or not hasattr(population, '__getitem__'):
        raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
    n = len(population)
    if counts is not None:
        counts = list(counts)
        if len(counts) != n:
            raise ValueError('The number of counts does not match the population')
        pool = []
        for x, c in zip(population, counts):
            if not isinstance(c, int):
                raise TypeError('Counts must be integers')
            pool.extend([x] * c)
        if not pool:
            raise ValueError('Total of counts must be greater than zero')
        population, n = pool, len(pool)
    if not 0 <= k <= n:
        raise ValueError('Sample larger than population or is negative')
    pool = list(population)
    result = []
    for i in range(k):
        j = _randbelow(n - i)
        result.append(pool[j])
        pool[j] = pool[n - i - 1]
    return result
def choices(population, weights=None, *, cum_weights=None, k=1):
    n = len(population)
    if cum_weights is None:
        if weights is None:
            n += 0.0
            return [population[int(random() * n)] for i in range(k)]
        cum_weights = []
        t = 0
        for w in weights:
            t = t + w
            cum_weights.append(t)
    elif weights is not None:
        raise TypeError('Cannot specify both weights and cumulative weights')
    if len(cum_weights) != n:
        raise ValueError('The number of weights does not match the population')
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError('Total of weights must be greater than zero')
    if total - total != 0.0:
        raise ValueError('Total of weights must be finite')
    out = []
    for i in range(k):
        x = random() * total
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if x < cum_weights[mid]:
                hi = mid
            else:
                lo = mid + 1
        out.append(population[lo])
    return out
def randbytes(n):
    return getrandbits(n * 8).to_bytes(n, 'little')
def triangular(low=0.0, high=1.0, mode=None):
    u = random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * (u * c) ** 0.5
def _log(x):
    import math
    return math.log(x)
def expovariate(lambd=1.0):
    return -_log(1.0 - random()) / lambd
def normalvariate(mu=0.0, sigma=1.0):
    import math
    while True:
        u1 = random()
        u2 = 1.0 - random()
        z = 1.7155277699214135 * (u1 - 0.5) / u2
        if z * z / 4.0 <= -math.log(u2):
            return mu + z * sigma
def gauss(mu=0.0, sigma=1.0):
    return normalvariate(mu, sigma)
class Random:
    # An independent generator: its state is swapped into the module's for each call.
    def __init__(self, x=None):
        self._state = 0
        self.seed(x)
    def _run(self, f, *args, **kwargs):
        saved = getstate()
        setstate(self._state)
        try:
            return f(*args, **kwargs)
        finally:
            self._state = getstate()
            setstate(saved)
    def seed(self, a=None):
        self._run(seed, a)
    def getstate(self):
        return self._state
    def setstate(self, state):
        saved = getstate()
        setstate(state)
        self._state = getstate()
        setstate(saved)
def _method(f):
    return lambda self, *args, **kwargs: self._run(f, *args, **kwargs)
for _f in (random, getrandbits, randrange, randint, uniform, choice, shuffle, sample, choices,
           randbytes, triangular, expovariate, normalvariate, gauss):
    setattr(Random, _f.__name__, _method(_f))
del _f, _method
";

/// Defines the Python-level functions.
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    vm.exec_source(PYTHON_PART, "<random>", d, Mode::Exec)?;
    Ok(())
}
