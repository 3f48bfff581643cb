// SPDX-License-Identifier: MIT
//! Test support: runs CPython (`python3`) once over a batch of generated inputs so that the
//! numeric code can be checked against the real thing, and a tiny deterministic PRNG to make
//! those inputs.
#![forbid(unsafe_code)]

use std::io::Write;
use std::process::Command;
use std::string::String;
use std::vec::Vec;

/// xorshift64*: deterministic, good enough to spread test operands.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A value below `n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// Writes `input` to a temporary file, runs `python3 -c script file`, and returns its output
/// lines. `None` (after a loud message) when python3 cannot be run, so the test is skipped.
pub fn run_python(name: &str, script: &str, input: &str) -> Option<Vec<String>> {
    let path =
        std::env::temp_dir().join(std::format!("pyrite-{}-{}.txt", name, std::process::id()));
    let mut f = std::fs::File::create(&path).ok()?;
    f.write_all(input.as_bytes()).ok()?;
    drop(f);
    // Lift CPython's 4300-digit int/str conversion limit (3.11+) for the big-operand tests.
    let script = std::format!(
        "import sys\nif hasattr(sys, 'set_int_max_str_digits'): sys.set_int_max_str_digits(0)\n{script}"
    );
    let out = Command::new("python3")
        .arg("-c")
        .arg(&script)
        .arg(&path)
        .output();
    let _ = std::fs::remove_file(&path);
    match out {
        Ok(o) if o.status.success() => Some(
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(String::from)
                .collect(),
        ),
        Ok(o) => {
            panic!(
                "python3 oracle failed: {}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
        Err(e) => {
            std::eprintln!("\n!!!!!!!! python3 NOT AVAILABLE ({e}): SKIPPING differential test {name} !!!!!!!!\n");
            None
        }
    }
}

/// How many times more cases the differential tests run: `PYRITE_DIFF_SCALE=20 cargo test ...`
/// for a long soak (default 1). The PRNG seed also moves with it, so a soak sees new cases.
pub fn scale() -> usize {
    std::env::var("PYRITE_DIFF_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .max(1)
}
