// SPDX-License-Identifier: MIT
//! The interactive REPL, driven through a pseudo-terminal by `tests/repl/_drive.py` (a person's
//! view: prompts, continuation lines, echoed results, errors that leave the REPL working).
#![allow(clippy::expect_used)]

#[test]
fn repl_sessions() {
    let bin = env!("CARGO_BIN_EXE_pyrite");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/repl/_drive.py");
    let out = std::process::Command::new("python3")
        .arg(script)
        .arg(bin)
        .output()
        .expect("python3 runs the REPL driver");
    let text = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "REPL driver failed:\n{text}\n{err}");
    print!("{text}");
}
