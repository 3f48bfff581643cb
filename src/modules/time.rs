// SPDX-License-Identifier: MIT
//! The `time` module: MicroPython's tick counters and sleeps, and CPython's clock functions,
//! all over the platform clock (`hal::Platform`). Calendar tuples are MicroPython's 8-tuples
//! `(year, month, mday, hour, minute, second, weekday, yearday)` in UTC (a device has no time
//! zone), with the Unix epoch (1970) on every port.

use alloc::format;

use crate::gc::{Kind, Value};
use crate::objects::constructors::{arg_count, no_kwargs};
use crate::objects::native::NativeFn;
use crate::objects::{float, int, tuple};
use crate::vm::{PyResult, Vm};

/// MicroPython's tick period: tick values wrap modulo 2**30 (they stay small ints everywhere).
const TICKS_PERIOD: i64 = 1 << 30;
/// Longest single platform sleep, so Ctrl-C and scheduled callbacks are seen promptly.
const SLICE_MS: u64 = 10;

/// Sleeps `us` microseconds in slices, checking for Ctrl-C and running scheduled callbacks.
pub fn sleep_us_checked(vm: &mut Vm, us: u64) -> PyResult<()> {
    let start = vm.platform.ticks_us();
    let mut slept_us: u64 = 0;
    let mut spins: u32 = 0;
    loop {
        vm.check_interrupt()?;
        vm.run_scheduled()?;
        let elapsed = vm.platform.ticks_us().wrapping_sub(start).max(slept_us);
        if elapsed >= us {
            return Ok(());
        }
        let left = us - elapsed;
        if left >= 1000 {
            let ms = (left / 1000).min(SLICE_MS);
            vm.platform.sleep_ms(ms as u32);
            slept_us += ms * 1000;
        } else {
            // Under a millisecond: spin on the clock (a clock that never moves ends it).
            spins += 1;
            if spins > 1_000_000 {
                return Ok(());
            }
        }
    }
}

/// An int or float argument as f64.
fn number(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match float::operand(vm, v)? {
        Some(x) => Ok(x),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// An integer argument (ints only).
fn integer(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn sleep(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "sleep", kw)?;
    arg_count(vm, "sleep", args, 1, 1)?;
    let s = number(vm, args[0])?;
    if s.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let us = if s > 1e12 {
        u64::MAX / 2
    } else {
        (s * 1e6) as u64
    };
    sleep_us_checked(vm, us)?;
    Ok(Value::NONE)
}

fn sleep_ms(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "sleep_ms", kw)?;
    arg_count(vm, "sleep_ms", args, 1, 1)?;
    let ms = integer(vm, args[0])?.max(0) as u64;
    sleep_us_checked(vm, ms.saturating_mul(1000))?;
    Ok(Value::NONE)
}

fn sleep_us(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "sleep_us", kw)?;
    arg_count(vm, "sleep_us", args, 1, 1)?;
    let us = integer(vm, args[0])?.max(0) as u64;
    sleep_us_checked(vm, us)?;
    Ok(Value::NONE)
}

fn ticks(v: u64) -> Value {
    Value::small_int_unchecked((v & (TICKS_PERIOD as u64 - 1)) as i32)
}

fn ticks_ms(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(ticks(vm.platform.ticks_ms()))
}

fn ticks_us(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(ticks(vm.platform.ticks_us()))
}

fn ticks_cpu(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(ticks(vm.platform.ticks_us()))
}

fn ticks_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "ticks_add", kw)?;
    arg_count(vm, "ticks_add", args, 2, 2)?;
    let t = integer(vm, args[0])?;
    let delta = integer(vm, args[1])?;
    // MicroPython's range: both half-period ends are out (so ticks_diff can undo any delta).
    if delta <= -TICKS_PERIOD / 2 || delta >= TICKS_PERIOD / 2 {
        return Err(vm.overflow_error("ticks interval overflow"));
    }
    Ok(ticks(t.wrapping_add(delta) as u64))
}

fn ticks_diff(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "ticks_diff", kw)?;
    arg_count(vm, "ticks_diff", args, 2, 2)?;
    let end = integer(vm, args[0])?;
    let start = integer(vm, args[1])?;
    let half = TICKS_PERIOD / 2;
    let d = (end.wrapping_sub(start).wrapping_add(half) & (TICKS_PERIOD - 1)) - half;
    Ok(Value::small_int_unchecked(d as i32))
}

fn time(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let ns = vm.platform.time_ns();
    float::new(vm, ns as f64 / 1e9)
}

fn time_ns(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let ns = vm.platform.time_ns();
    int::from_big(vm, &crate::objects::bigint::BigInt::from_u64(ns))
}

fn monotonic(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let us = vm.platform.ticks_us();
    float::new(vm, us as f64 / 1e6)
}

// ---- the calendar (proleptic Gregorian, days from 1970-01-01) ----

/// (year, month, day) of a day number (Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The day number of (year, month 1-12, day) (Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Seconds range accepted by `gmtime` (years 0..=9999 or so, as CPython's limits).
const MAX_SECONDS: i64 = 253_402_300_799;
const MIN_SECONDS: i64 = -62_135_596_800;

fn gmtime(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "gmtime", kw)?;
    arg_count(vm, "gmtime", args, 0, 1)?;
    let secs = match args.first() {
        Some(&v) if !v.is_none() => {
            let x = number(vm, v)?;
            if x.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let x = crate::objects::float_math::floor(x);
            if !(MIN_SECONDS as f64..=MAX_SECONDS as f64).contains(&x) {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            x as i64
        }
        _ => (vm.platform.time_ns() / 1_000_000_000) as i64,
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let weekday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday; Monday is 0
    let yday = days - days_from_civil(y, 1, 1) + 1;
    let fields = [y, m, d, rem / 3600, rem / 60 % 60, rem % 60, weekday, yday];
    let mut vals = [Value::NONE; 8];
    for (v, f) in vals.iter_mut().zip(fields) {
        *v = Value::small_int_unchecked(f as i32);
    }
    tuple::new(vm, &vals)
}

fn mktime(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "mktime", kw)?;
    arg_count(vm, "mktime", args, 1, 1)?;
    let t = args[0];
    let items = match vm.heap.kind(vm.builtin_value(t)) {
        Kind::Tuple => tuple::items(vm, vm.builtin_value(t)),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 8 && items.len() != 9 {
        return Err(vm.type_error("mktime needs a tuple of length 8 or 9"));
    }
    let mut f = [0i64; 6];
    for (slot, &v) in f.iter_mut().zip(&items) {
        // Bounded so the arithmetic below cannot overflow (far beyond any real date).
        *slot = integer(vm, v)?.clamp(-(1 << 26), 1 << 26);
    }
    let [y, mo, d, h, mi, s] = f;
    // Months out of range roll into years; days, hours... add linearly (as MicroPython).
    let y = y + (mo - 1).div_euclid(12);
    let mo = (mo - 1).rem_euclid(12) + 1;
    let days = days_from_civil(y, mo, 1) + d - 1;
    let secs = days * 86_400 + h * 3600 + mi * 60 + s;
    int::from_i64(vm, secs)
}

/// The functions of `time`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("sleep", sleep),
    NativeFn::function("sleep_ms", sleep_ms),
    NativeFn::function("sleep_us", sleep_us),
    NativeFn::function("ticks_ms", ticks_ms),
    NativeFn::function("ticks_us", ticks_us),
    NativeFn::function("ticks_cpu", ticks_cpu),
    NativeFn::function("ticks_add", ticks_add),
    NativeFn::function("ticks_diff", ticks_diff),
    NativeFn::function("time", time),
    NativeFn::function("time_ns", time_ns),
    NativeFn::function("monotonic", monotonic),
    NativeFn::function("perf_counter", monotonic),
    NativeFn::function("gmtime", gmtime),
    NativeFn::function("localtime", gmtime),
    NativeFn::function("mktime", mktime),
];
