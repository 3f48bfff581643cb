// SPDX-License-Identifier: MIT
//! Rooting check for the container code: every program under `tests/{list,dict,set,tuple}` and
//! `tests/lang2/containers` must print the same with the default heap as with a 24 KiB heap that
//! is collected before every allocation (`PYRITE_GC_STRESS=1`). A difference means a heap value
//! was held across an allocation without being rooted. Programs that need a big heap
//! (`*big_workload*`) are skipped.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn programs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut out = Vec::new();
    for dir in ["list", "dict", "set", "tuple", "lang2/containers"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if p.extension().is_some_and(|x| x == "py")
                && !name.starts_with('_')
                && !name.contains("big_workload")
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn run(p: &Path, stress: bool) -> (String, Option<i32>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyrite"));
    if stress {
        cmd.args(["-X", "heapsize=24k"])
            .env("PYRITE_GC_STRESS", "1");
    }
    let dir = p.parent().unwrap_or(Path::new("."));
    let out = cmd
        .arg(p.file_name().unwrap_or_default())
        .current_dir(dir)
        .output()
        .expect("run pyrite");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

#[test]
fn containers_survive_gc_stress() {
    let mut failures = Vec::new();
    let progs = programs();
    for p in &progs {
        let normal = run(p, false);
        let stressed = run(p, true);
        if normal != stressed {
            failures.push(format!(
                "{}:\n--- default heap ---\n{}\n--- 24k heap, GC stress ---\n{}",
                p.display(),
                normal.0,
                stressed.0
            ));
        }
    }
    println!(
        "container gc stress: {} programs, {} differ",
        progs.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
