// SPDX-License-Identifier: MIT
//! `sys.stdin` and `input()` reading from a pipe, and the console's binary layers: the corpus
//! runs programs with no standard input, so these programs (`tests/stdin/_*.py`) are run here
//! with text piped in, by `python3` and by `pyrite`, and their outputs compared.
#![allow(clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::{Command, Stdio};

fn run(program: &str, script: &str, input: &[u8]) -> String {
    let mut child = Command::new(program)
        .arg(script)
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the interpreter starts");
    let mut stdin = child.stdin.take().expect("a stdin pipe");
    stdin.write_all(input).expect("input is written");
    drop(stdin);
    let out = child.wait_with_output().expect("the interpreter finishes");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{program} {script} failed:\n{err}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn check(script: &str, input: &[u8]) {
    let path = format!("{}/tests/stdin/{script}", env!("CARGO_MANIFEST_DIR"));
    let expected = run("python3", &path, input);
    let got = run(env!("CARGO_BIN_EXE_pyrite"), &path, input);
    assert_eq!(
        got, expected,
        "{script}: pyrite's output differs from python3's"
    );
}

#[test]
fn text_lines_from_a_pipe() {
    check(
        "_lines.py",
        "first line\nabcdéfg\nAda\none\ntwo\nstop here\nafter\nlast".as_bytes(),
    );
}

#[test]
fn binary_layers() {
    check("_bytes.py", b"b1\nxyz\nrest\n\xff\xfe\n");
}
