// SPDX-License-Identifier: MIT
//! The C API from C: builds the staticlib (`zephyr/rust`, host build with `std`), compiles
//! `tests/ffi/host.c` against it with the `cc` crate's compiler detection, runs the program and
//! checks that every check in it passed (see that file for what it covers).
// A test: a failed expectation is a panic with its reason.
#![allow(clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The target directory this test binary was built in (`<target>/debug/deps/ffi-*`).
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    exe.ancestors()
        .nth(3)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| root().join("target"))
}

fn host_triple() -> String {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc -vV runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .expect("rustc -vV names the host")
        .to_string()
}

#[cfg(unix)]
#[test]
fn c_program_drives_the_c_api() {
    // A separate target directory: the outer `cargo test` holds the lock on its own.
    let tdir = target_dir().join("ffi-staticlib");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| String::from("cargo"));
    let status = Command::new(cargo)
        .current_dir(root())
        .args([
            "build",
            "-q",
            "-p",
            "pyrite-embed",
            "--features",
            "std,os,detailed-errors",
        ])
        .arg("--target-dir")
        .arg(&tdir)
        .status()
        .expect("cargo builds the staticlib");
    assert!(status.success(), "building zephyr/rust failed");
    let lib = tdir.join("debug").join("libpyrite.a");

    let triple = host_triple();
    let compiler = cc::Build::new()
        .target(&triple)
        .host(&triple)
        .opt_level(0)
        .cargo_metadata(false)
        .get_compiler();
    let exe = tdir.join("ffi-host");
    let out = compiler
        .to_command()
        .args([
            "-std=c11",
            "-D_DEFAULT_SOURCE",
            "-Wall",
            "-Wextra",
            "-Werror",
        ])
        .arg("-I")
        .arg(root().join("zephyr/include"))
        .arg(root().join("tests/ffi/host.c"))
        .arg(&lib)
        .args(["-lpthread", "-ldl", "-lm", "-o"])
        .arg(&exe)
        .output()
        .expect("the C compiler runs");
    assert!(
        out.status.success(),
        "compiling tests/ffi/host.c failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // A module precompiled as pyrite-cross would, for `pyrite_exec_pyr`.
    let code = pyrite::compile::compile(
        "def cube(n):\n    return n ** 3\nprint('pyr', [cube(i) for i in range(4)], sq(3))\n",
        "pre.py",
        pyrite::compile::Mode::Exec,
    )
    .expect("the sample compiles");
    let pyr = tdir.join("ffi-host.pyr");
    std::fs::write(&pyr, pyrite::bytecode::pyr::write(&code)).expect("writing the .pyr file");

    let mut child = Command::new(&exe)
        .arg(&pyr)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the C program starts");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("waiting").is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("the C program hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("its output");
    let text = String::from_utf8_lossy(&out.stdout);
    print!("{text}");
    assert!(
        out.status.success(),
        "the C program reported failures:\n{text}"
    );
    assert!(text.contains(", 0 failed"), "{text}");
}
