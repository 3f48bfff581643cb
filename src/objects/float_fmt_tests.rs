// SPDX-License-Identifier: MIT
//! Tests for float formatting and parsing: fixed cases computed with CPython 3.11, and a
//! randomized differential test against `python3`.

use super::*;
use crate::objects::test_oracle::{run_python, scale, Rng};
use std::string::{String, ToString};
use std::vec::Vec;
use std::{format, vec};

const SPECS: [&str; 19] = [
    "", ".3", ".0", "e", ".2e", "E", "f", ".0f", "#.0f", "g", "#g", ".0g", "G", "%", ".1%", "n",
    "#.3", ".10", "#",
];

/// Parses a spec of the form `[#][.N][type]` (the subset this module handles).
fn spec(s: &str) -> FloatSpec {
    let alternate = s.starts_with('#');
    let s = s.trim_start_matches('#');
    let (prec, ty) = match s.strip_prefix('.') {
        Some(rest) => {
            let n = rest.chars().take_while(char::is_ascii_digit).count();
            (rest[..n].parse().ok(), rest[n..].chars().next())
        }
        None => (None, s.chars().next()),
    };
    FloatSpec {
        ty,
        precision: prec,
        alternate,
    }
}

#[test]
fn repr_fixed() {
    let cases = [
        (0.1, "0.1"),
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (1e-4, "0.0001"),
        (123456789012345680.0, "1.2345678901234568e+17"),
        (1.5e-05, "1.5e-05"),
        (2e16 + 8.0, "2.000000000000001e+16"),
        (9999999999999998.0, "9999999999999998.0"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (-0.0, "-0.0"),
        (100.0, "100.0"),
        (-1413396973613119.0 - 0.25, "-1413396973613119.2"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (-f64::NAN, "nan"),
    ];
    for (x, want) in cases {
        assert_eq!(repr(x), want);
    }
}

#[test]
fn format_fixed() {
    let rows: [(f64, [&str; 19]); 4] = [
        (
            0.0,
            [
                "0.0",
                "0.0",
                "0e+00",
                "0.000000e+00",
                "0.00e+00",
                "0.000000E+00",
                "0.000000",
                "0",
                "0.",
                "0",
                "0.00000",
                "0",
                "0",
                "0.000000%",
                "0.0%",
                "0",
                "0.00",
                "0.0",
                "0.0",
            ],
        ),
        (
            123.456,
            [
                "123.456",
                "1.23e+02",
                "1e+02",
                "1.234560e+02",
                "1.23e+02",
                "1.234560E+02",
                "123.456000",
                "123",
                "123.",
                "123.456",
                "123.456",
                "1e+02",
                "123.456",
                "12345.600000%",
                "12345.6%",
                "123.456",
                "1.23e+02",
                "123.456",
                "123.456",
            ],
        ),
        (
            1e-7,
            [
                "1e-07",
                "1e-07",
                "1e-07",
                "1.000000e-07",
                "1.00e-07",
                "1.000000E-07",
                "0.000000",
                "0",
                "0.",
                "1e-07",
                "1.00000e-07",
                "1e-07",
                "1E-07",
                "0.000010%",
                "0.0%",
                "1e-07",
                "1.00e-07",
                "1e-07",
                "1.e-07",
            ],
        ),
        (
            1234.0,
            [
                "1234.0",
                "1.23e+03",
                "1e+03",
                "1.234000e+03",
                "1.23e+03",
                "1.234000E+03",
                "1234.000000",
                "1234",
                "1234.",
                "1234",
                "1234.00",
                "1e+03",
                "1234",
                "123400.000000%",
                "123400.0%",
                "1234",
                "1.23e+03",
                "1234.0",
                "1234.0",
            ],
        ),
    ];
    for (x, wants) in rows {
        for (s, want) in SPECS.iter().zip(wants) {
            assert_eq!(
                format(x, &spec(s)).as_deref(),
                Some(want),
                "format({x}, {s:?})"
            );
        }
    }
    assert_eq!(
        format(f64::NEG_INFINITY, &spec("E")).as_deref(),
        Some("-INF")
    );
    assert_eq!(format(f64::INFINITY, &spec("%")).as_deref(), Some("inf%"));
    assert_eq!(format(1.0, &spec("d")), None);
    assert_eq!(format_printf(0.1, 'r', None, false).as_deref(), Some("0.1"));
    assert_eq!(
        format_printf(0.1, 'e', Some(3), false).as_deref(),
        Some("1.000e-01")
    );
    assert_eq!(
        format_printf(0.1, 'f', Some(0), true).as_deref(),
        Some("0.")
    );
    assert_eq!(apply_grouping("1234567", ',', 3), "1,234,567");
    assert_eq!(apply_grouping("-123", '_', 3), "-123");
    assert_eq!(apply_grouping("12345", '_', 4), "1_2345");
}

#[test]
fn parse_fixed() {
    let ok = [
        (" 1.5 ", 1.5),
        ("-.5", -0.5),
        ("5.", 5.0),
        ("1e5", 1e5),
        ("1_000.000_1", 1000.0001),
        ("1E-3", 1e-3),
        ("+1e+2", 100.0),
        ("-Infinity", f64::NEG_INFINITY),
        ("iNF", f64::INFINITY),
        ("1e999", f64::INFINITY),
        ("1_0e1_0", 1e11),
    ];
    for (s, want) in ok {
        assert_eq!(parse(s), Some(want), "{s:?}");
    }
    assert!(parse("-nan").is_some_and(f64::is_nan));
    for s in [
        "", " ", "1__0", "_1", "1_", "0x10", "1_.5", "1._5", "1e", "e5", ".", "infinit", "1e_5",
        "- 1", "++1", "1.5.", "nan1",
    ] {
        assert_eq!(parse(s), None, "{s:?}");
    }
}

#[test]
fn numeric_helpers_fixed() {
    let rounds = [
        ((0.125, 2), 0.12f64),
        ((2.675, 2), 2.67),
        ((25.0, -1), 20.0),
        ((35.0, -1), 40.0),
        ((15.5, -1), 20.0),
        ((1234567.0, -3), 1235000.0),
        ((-0.4, 0), -0.0),
        ((5e-324, 300), 0.0),
        ((1.5, 0), 2.0),
        ((0.5, 0), 0.0),
    ];
    for ((x, n), want) in rounds {
        let got = round_half_even(x, n).unwrap();
        assert_eq!(got.to_bits(), want.to_bits(), "round({x}, {n})");
    }
    assert_eq!(round_half_even(1.7e308, -308), None);
    assert_eq!(round_to_int(2.5), 2.0);
    assert_eq!(round_to_int(-3.5), -4.0);
    let hashes = [
        (0.5, 1152921504606846976),
        (1.0, 1),
        (-1.0, -2),
        (1e300, 1224995262755759164),
        (1.1, 230584300921369601),
        (-2.5, -1152921504606846978),
        (5e-324, 16777216),
        (f64::INFINITY, 314159),
    ];
    for (x, want) in hashes {
        assert_eq!(hash_f64(x), want, "hash({x})");
    }
    let dm = [
        ((7.0, 2.0), (3.0f64, 1.0f64)),
        ((-7.0, 2.0), (-4.0, 1.0)),
        ((7.0, -2.0), (-4.0, -1.0)),
        ((-0.0, 1.0), (-0.0, 0.0)),
        ((0.0, -1.0), (-0.0, -0.0)),
        ((1e308, 1e-308), (f64::INFINITY, 3.498445546245627e-309)),
    ];
    for ((a, b), (q, r)) in dm {
        let (gq, gr) = float_floordiv_mod(a, b).unwrap();
        assert_eq!(
            (gq.to_bits(), gr.to_bits()),
            (q.to_bits(), r.to_bits()),
            "divmod({a}, {b})"
        );
    }
    assert_eq!(float_floordiv_mod(1.0, 0.0), None);
    let hexes = [
        (1.0, "0x1.0000000000000p+0"),
        (0.1, "0x1.999999999999ap-4"),
        (-3.5, "-0x1.c000000000000p+1"),
        (5e-324, "0x0.0000000000001p-1022"),
        (2.2250738585072014e-308, "0x1.0000000000000p-1022"),
        (1e308, "0x1.1ccf385ebc8a0p+1023"),
        (-0.0, "-0x0.0p+0"),
    ];
    for (x, want) in hexes {
        assert_eq!(to_hex(x), want);
        assert_eq!(from_hex(want).map(f64::to_bits), Ok(x.to_bits()));
    }
    let from = [
        ("0x1.8p1", 3.0),
        ("-0x.8", -0.5),
        ("1p-1074", 5e-324),
        ("0x1p-1075", 0.0),
        ("0x3p-1075", 1e-323),
        ("  0X1.FFFFFFFFFFFFFp1023 ", 1.7976931348623157e308),
        ("inf", f64::INFINITY),
        ("0x0p99999999999", 0.0),
        ("0x1.00000000000008p0", 1.0),
        ("0x1.00000000000018p0", 1.0000000000000004),
    ];
    for (s, want) in from {
        assert_eq!(from_hex(s), Ok(want), "{s:?}");
    }
    assert_eq!(from_hex("0x1p1024"), Err(FromHexError::Overflow));
    assert_eq!(
        from_hex("0x1.fffffffffffff8p1023"),
        Err(FromHexError::Overflow)
    );
    for s in ["", "0x", "0x.p1", "1p", "0x1q", "0x1p+", "--1"] {
        assert_eq!(from_hex(s), Err(FromHexError::Invalid), "{s:?}");
    }
    let (n, d) = as_integer_ratio(0.1).unwrap();
    assert_eq!(
        (n.to_string(), d.to_string()),
        (
            "3602879701896397".to_string(),
            "36028797018963968".to_string()
        )
    );
    let (n, d) = as_integer_ratio(-2.5).unwrap();
    assert_eq!(
        (n.to_string(), d.to_string()),
        ("-5".to_string(), "2".to_string())
    );
    assert_eq!(as_integer_ratio(f64::NAN), None);
    assert!(is_integer(1e300) && !is_integer(0.5) && !is_integer(f64::INFINITY));
}

/// A random float: raw bit patterns, short decimals, integers, halves and powers of ten, so that
/// every formatting branch and rounding tie is reached.
fn random_f64(rng: &mut Rng) -> f64 {
    let sign = if rng.below(2) == 0 { 1.0 } else { -1.0 };
    let v = match rng.below(7) {
        0 => f64::from_bits(rng.next_u64()),
        1 => (rng.below(100_000) as f64) / 1000.0,
        2 => rng.below(1 << 20) as f64 + 0.5,
        3 => libm::pow(10.0, rng.below(50) as f64 - 25.0),
        4 => (rng.below(1000) as f64) * libm::pow(10.0, rng.below(40) as f64 - 20.0),
        5 => rng.below(1 << 60) as f64,
        _ => f64::from_bits(rng.below(1 << 53)),
    };
    if v.is_nan() {
        1.0
    } else {
        sign * v
    }
}

/// A `float.fromhex` input: mostly well-formed (long mantissas, exponents near the overflow and
/// subnormal edges), sometimes with a stray character.
fn random_hex(rng: &mut Rng) -> String {
    let hexdigit = |rng: &mut Rng| char::from(b"0123456789abcdefABCDEF"[rng.below(22) as usize]);
    let mut s = String::new();
    if rng.below(4) == 0 {
        s.push('-');
    }
    if rng.below(3) != 0 {
        s.push_str("0x");
    }
    for _ in 0..rng.below(4) {
        s.push(hexdigit(rng));
    }
    if rng.below(2) == 0 {
        s.push('.');
        for _ in 0..rng.below(18) {
            s.push(hexdigit(rng));
        }
    }
    if rng.below(4) != 0 {
        let e = [
            rng.below(20) as i64 - 10,
            rng.below(100) as i64 + 1000,
            -(rng.below(100) as i64) - 1030,
        ];
        s.push_str(&format!("p{:+}", e[rng.below(3) as usize]));
    }
    if rng.below(15) == 0 {
        s.insert(
            rng.below(s.len() as u64 + 1) as usize,
            ['_', ' ', 'g', 'p', '.'][rng.below(5) as usize],
        );
    }
    s
}

const ORACLE: &str = r#"
import sys, struct
def bits(x): return str(struct.unpack('<Q', struct.pack('<d', x))[0])
specs = sys.argv[2].split(',')
out = []
for line in open(sys.argv[1]):
    parts = line.rstrip('\n').split('|')
    x = struct.unpack('<d', struct.pack('<Q', int(parts[0])))[0]
    y = struct.unpack('<d', struct.pack('<Q', int(parts[1])))[0]
    n = int(parts[2]); junk = parts[3]; extra = parts[4]; hx = parts[5]
    r = [repr(x)] + [format(x, s) for s in specs + [extra]]
    try: r.append(bits(round(x, n)))
    except OverflowError: r.append('O')
    r.append(str(hash(x)))
    try: q, m = divmod(x, y); r.append(bits(q) + ',' + bits(m))
    except ZeroDivisionError: r.append('Z')
    r.append(x.hex())
    a, b = x.as_integer_ratio(); r.append('%d/%d' % (a, b))
    try: r.append(bits(float(junk)))
    except ValueError: r.append('V')
    try: r.append(bits(float.fromhex(hx)))
    except ValueError: r.append('V')
    except OverflowError: r.append('O')
    out.append('|'.join(r))
print('\n'.join(out))
"#;

fn rust_side(x: f64, y: f64, n: i32, junk: &str, extra: &str, hx: &str) -> String {
    let mut r = vec![repr(x)];
    for s in SPECS.iter().chain([&extra]) {
        r.push(format(x, &spec(s)).unwrap_or_default());
    }
    r.push(round_half_even(x, n).map_or("O".to_string(), |v| v.to_bits().to_string()));
    r.push(hash_f64(x).to_string());
    r.push(float_floordiv_mod(x, y).map_or("Z".to_string(), |(q, m)| {
        format!("{},{}", q.to_bits(), m.to_bits())
    }));
    r.push(to_hex(x));
    let (a, b) = as_integer_ratio(x).unwrap_or_default();
    r.push(format!("{a}/{b}"));
    r.push(parse(junk).map_or("V".to_string(), |v| v.to_bits().to_string()));
    r.push(match from_hex(hx) {
        Ok(v) => v.to_bits().to_string(),
        Err(FromHexError::Invalid) => "V".to_string(),
        Err(FromHexError::Overflow) => "O".to_string(),
    });
    r.join("|")
}

#[test]
fn differential_against_cpython() {
    let mut rng = Rng(0xf10a_7000_0000_0042 ^ (scale() as u64 - 1));
    let alphabet = b" 0123456789._eE+-infatyINF";
    let mut cases = Vec::new();
    let mut input = String::new();
    for _ in 0..3000 * scale() {
        let x = random_f64(&mut rng);
        let y = if rng.below(10) == 0 {
            0.0
        } else {
            random_f64(&mut rng)
        };
        let n = rng.below(40) as i32 - 20;
        let len = rng.below(9) as usize;
        let junk: String = (0..len)
            .map(|_| char::from(alphabet[rng.below(alphabet.len() as u64) as usize]))
            .collect();
        let extra = format!(
            "{}.{}{}",
            if rng.below(3) == 0 { "#" } else { "" },
            rng.below(25),
            ["", "e", "E", "f", "F", "g", "G", "n", "%"][rng.below(9) as usize]
        );
        let hx = random_hex(&mut rng);
        input.push_str(&format!(
            "{}|{}|{n}|{junk}|{extra}|{hx}\n",
            x.to_bits(),
            y.to_bits()
        ));
        cases.push((x, y, n, junk, extra, hx));
    }
    let script = ORACLE.to_string();
    let specs = SPECS.join(",");
    let Some(expected) = run_python_with_arg("float", &script, &input, &specs) else {
        return;
    };
    assert_eq!(expected.len(), cases.len());
    // Without big integers, `round(x, n)` and `as_integer_ratio` whose integers leave 64 bits
    // overflow by design (`O`, `?`).
    let (round_field, ratio_field) = (SPECS.len() + 2, SPECS.len() + 6);
    let by_design = |i: usize, got: &str| {
        cfg!(not(feature = "bigint"))
            && ((i == round_field && got == "O") || (i == ratio_field && got.contains('?')))
    };
    let mut failures = 0;
    for ((x, y, n, junk, extra, hx), want) in cases.iter().zip(&expected) {
        let got = rust_side(*x, *y, *n, junk, extra, hx);
        if &got != want {
            let g: Vec<_> = got.split('|').collect();
            let w: Vec<_> = want.split('|').collect();
            if g.len() == w.len()
                && g.iter()
                    .zip(&w)
                    .enumerate()
                    .all(|(i, (a, b))| a == b || by_design(i, a))
            {
                continue;
            }
            for (i, (a, b)) in g.iter().zip(&w).enumerate() {
                if a != b {
                    std::eprintln!(
                        "x={x:e} ({}) y={y:e} n={n} junk={junk:?} hx={hx:?} field {i}: got {a} want {b}",
                        x.to_bits()
                    );
                }
            }
            failures += 1;
        }
    }
    assert_eq!(failures, 0);
}

/// `run_python` with the spec list passed as a second argument.
fn run_python_with_arg(name: &str, script: &str, input: &str, arg: &str) -> Option<Vec<String>> {
    let script = format!("import sys\nsys.argv.append({arg:?})\n{script}");
    run_python(name, &script, input)
}
