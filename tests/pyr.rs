// SPDX-License-Identifier: MIT
//! The `.pyr` format (`src/bytecode/pyr.rs`) as its users meet it:
//!
//! * every program of the corpus compiles, serialises, reads back (passing the validator) and
//!   serialises again to the same bytes;
//! * every corpus program run from its `.pyr` (made by `pyrite-cross`, run by `pyrite x.pyr`)
//!   prints the same and exits the same as run from source (`PYRITE_TEST_FILTER` applies);
//! * `import` finds `name.pyr` on `sys.path`, and a corrupt one raises ValueError;
//! * corrupt input (every truncation, bad magic, version, opcode, operand, flags, random byte
//!   flips) is refused with a message by the reader and with ValueError by the VM, never a
//!   panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use pyrite::bytecode::pyr;
use pyrite::compile::{compile, Mode};

fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// Every `.py` file below `dir`.
fn all_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            all_py(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// The corpus programs as `tests/python_corpus.rs` picks them (no lang2, no wishlist, no
/// helper modules or packages).
fn corpus() -> Vec<PathBuf> {
    let root = tests_dir();
    let mut all = Vec::new();
    all_py(&root, &mut all);
    let filter = std::env::var("PYRITE_TEST_FILTER").unwrap_or_default();
    all.into_iter()
        .filter(|p| {
            let rel = p.strip_prefix(&root).unwrap_or(p);
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let first = rel.components().next().map(|c| c.as_os_str().to_owned());
            !name.starts_with('_')
                && rel.components().count() == 2
                && !matches!(
                    first.as_ref().and_then(|f| f.to_str()),
                    Some("lang2" | "wishlist" | "qemu")
                )
                && !p.parent().is_some_and(|d| d.join("__init__.py").exists())
                && rel.display().to_string().contains(&filter)
        })
        .collect()
}

fn sample() -> Vec<u8> {
    let src = "def f(a, *b, c=2, **d):\n    try:\n        return [x * a for x in b], {c: d}\n    \
               except ZeroDivisionError:\n        raise\nclass K:\n    n = 10 ** 30\n    \
               def m(self):\n        return f'{self.n!r:>40}', b'\\x00', 1.5, ...\n\
               print(f(2, 1, 2), K().m(), (1, (2, None)))\n";
    pyr::write(&compile(src, "sample.py", Mode::Exec).unwrap())
}

#[test]
fn every_corpus_file_round_trips() {
    let mut files = Vec::new();
    all_py(&tests_dir(), &mut files);
    let mut n = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        let Ok(code) = compile(&text, "x.py", Mode::Exec) else {
            continue; // programs that test SyntaxError
        };
        let bytes = pyr::write(&code);
        let back = pyr::read(&bytes).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        assert_eq!(pyr::write(&back.code), bytes, "{}", f.display());
        n += 1;
    }
    assert!(n > 300, "only {n} programs compiled");
}

fn run(args: &[&Path], cwd: &Path, path: Option<&Path>) -> (String, Option<i32>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyrite"));
    cmd.args(args).current_dir(cwd).stdin(Stdio::null());
    if let Some(p) = path {
        cmd.env("MICROPYPATH", p);
    }
    let out = cmd.output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

fn cross(input: &Path, output: &Path, name: &str) {
    let st = Command::new(env!("CARGO_BIN_EXE_pyrite-cross"))
        .arg(input)
        .args(["-o"])
        .arg(output)
        .args(["-s", name])
        .status()
        .unwrap();
    assert!(st.success(), "pyrite-cross {}", input.display());
}

/// Programs whose output legitimately depends on how they were started.
const NOT_COMPARABLE: &[&str] = &[
    "__file__", // the path of the file run
];

#[test]
fn corpus_runs_the_same_from_pyr() {
    let tmp = std::env::temp_dir().join(format!("pyrite-pyr-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for f in corpus() {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        if compile(&text, "x.py", Mode::Exec).is_err()
            || NOT_COMPARABLE.iter().any(|s| text.contains(s))
        {
            continue;
        }
        let dir = f.parent().unwrap();
        let name = f.file_name().unwrap().to_str().unwrap();
        let out = tmp.join(name.replace(".py", ".pyr"));
        cross(&f, &out, name);
        let from_source = run(&[Path::new(name)], dir, None);
        // The program's own folder stays on sys.path for the modules it imports.
        let from_pyr = run(&[&out], dir, Some(dir));
        if from_source != from_pyr {
            failures.push(format!(
                "{}:\n--- source ---\n{}\n--- pyr ---\n{}",
                f.display(),
                from_source.0,
                from_pyr.0
            ));
        }
        n += 1;
    }
    let _ = std::fs::remove_dir_all(&tmp);
    if std::env::var("PYRITE_TEST_FILTER").is_err() {
        assert!(n > 200, "only {n} programs compared");
    }
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn import_finds_pyr_on_sys_path() {
    let tmp = std::env::temp_dir().join(format!("pyrite-pyr-import-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let src = tmp.join("helper_src.py");
    std::fs::write(
        &src,
        "X = [i * i for i in range(4)]\ndef g():\n    return 1 / 0\n",
    )
    .unwrap();
    cross(&src, &tmp.join("helper.pyr"), "helper.py");
    std::fs::remove_file(&src).unwrap();
    std::fs::write(tmp.join("bad.pyr"), b"PYR\x01\x00\x00\x05").unwrap();
    std::fs::write(
        tmp.join("main.py"),
        "import helper\nprint(helper.X, helper.__file__)\ntry:\n    helper.g()\n\
         except ZeroDivisionError as e:\n    import sys\n    sys.print_exception(e)\n\
         try:\n    import bad\nexcept ValueError as e:\n    print('ValueError:', e)\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg("main.py")
        .current_dir(&tmp)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(text.contains("[0, 1, 4, 9] helper.pyr"), "{text}");
    assert!(text.contains("File \"helper.py\", line 3, in g"), "{text}");
    assert!(
        text.contains("ValueError: invalid .pyr file: truncated file"),
        "{text}"
    );
}

#[test]
fn every_truncation_is_refused() {
    let good = sample();
    assert!(pyr::read(&good).is_ok());
    for n in 0..good.len() {
        assert!(
            pyr::read(&good[..n]).is_err(),
            "prefix of {n} bytes accepted"
        );
    }
    let mut long = good.clone();
    long.push(0);
    assert_eq!(
        pyr::read(&long).unwrap_err(),
        "trailing bytes after the code"
    );
}

#[test]
fn bad_header_is_refused() {
    let good = sample();
    let mut b = good.clone();
    b[0] = b'X';
    assert_eq!(pyr::read(&b).unwrap_err(), "not a .pyr file (bad magic)");
    let mut b = good.clone();
    b[3] = pyr::VERSION + 1;
    assert!(pyr::read(&b)
        .unwrap_err()
        .starts_with("version 2 of the .pyr format"));
    let mut b = good.clone();
    b[4] |= 0x80;
    assert_eq!(pyr::read(&b).unwrap_err(), "unknown header flags");
}

/// Re-serialises the sample with its module code changed by `f`.
fn with_module(f: impl FnOnce(&mut pyrite::bytecode::CodeObject)) -> Vec<u8> {
    let mut code = pyr::read(&sample()).unwrap().code;
    f(&mut code);
    pyr::write(&code)
}

#[test]
fn bad_code_is_refused() {
    let b = with_module(|c| c.code[0] = 0xfe);
    assert!(pyr::read(&b)
        .unwrap_err()
        .contains("bad instruction at offset 0"));
    let b = with_module(|c| c.code.truncate(c.code.len() - 1));
    assert!(pyr::read(&b).is_err());
    // LoadConst past the constants.
    let b = with_module(|c| {
        let n = c.consts.len() as u8;
        c.code
            .splice(0..0, [pyrite::bytecode::Op::LoadConst as u8, n, 0, 1]);
    });
    assert!(
        pyr::read(&b).unwrap_err().contains("operand"),
        "{:?}",
        pyr::read(&b)
    );
    // A name index past the names.
    let b = with_module(|c| c.names.clear());
    assert!(pyr::read(&b).unwrap_err().contains("out of range for"));
    // The stack depth the frame is sized with is too small.
    let b = with_module(|c| c.stacksize = 0);
    assert!(pyr::read(&b).unwrap_err().contains("above stacksize"));
    let b = with_module(|c| c.flags |= 0x4000_0000);
    assert!(pyr::read(&b).unwrap_err().contains("unknown flags"));
    let b = with_module(|c| c.argcount = 5);
    assert!(pyr::read(&b)
        .unwrap_err()
        .contains("more parameters than local variables"));
    let b = with_module(|c| {
        c.exceptiontable.push(pyrite::bytecode::ExceptionEntry {
            start: 0,
            end: 1,
            target: 1,
            depth: 0,
        })
    });
    assert!(pyr::read(&b).is_err());
}

#[test]
fn random_corruption_never_panics() {
    let good = sample();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..20_000 {
        let mut b = good.clone();
        for _ in 0..1 + next() % 4 {
            let i = (next() % b.len() as u64) as usize;
            b[i] = next() as u8;
        }
        // Either refused with a message or a valid file; never a panic. The VM's
        // one-object-at-a-time reader accepts exactly what the whole-tree reader accepts.
        let whole = pyr::read(&b).is_ok();
        let file = pyr::open(&b);
        assert_eq!(whole, file.is_ok());
        if let Ok(f) = file {
            f.code_at(f.top).unwrap();
        }
    }
}

#[test]
fn vm_raises_value_error() {
    use pyrite::objects::types::TypeId;
    struct Quiet;
    impl pyrite::hal::Platform for Quiet {
        fn write(&mut self, _: &[u8]) {}
    }
    let mut vm = pyrite::vm::Vm::with_heap_size(256 * 1024, Box::new(Quiet)).unwrap();
    let m = vm.new_module("__main__").unwrap();
    vm.heap.push_root(m);
    let globals = vm.heap.get_value(m, 1);
    let mut b = sample();
    b[3] = 9;
    assert!(vm.exec_pyr(&b, globals).is_err());
    let exc = vm.take_pending();
    assert!(vm.exception_is(exc, TypeId::ValueError));
    let ok = sample();
    assert!(vm.exec_pyr(&ok, globals).is_ok());
}
