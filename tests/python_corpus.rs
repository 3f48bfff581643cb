// SPDX-License-Identifier: MIT
//! The Python corpus: every `tests/**/*.py` program is run by `pyrite` and compared with CPython.
//!
//! This is the outermost testing layer (see `docs/DESIGN.md`, "Testing layers"): small programs
//! grouped by the feature they need (`tests/<area>/<feature>.py`), whose output under CPython 3 is
//! the specification.
//!
//! # Which files are tests
//!
//! - every `*.py` under `tests/`, except:
//!   - files whose name starts with `_` (helpers, `__init__.py`);
//!   - `levels/` (programs for a smaller feature level, run by scripts/minimal-test);
//!   - folders named `_lib`, and any folder that contains an `__init__.py` (a package imported by a
//!     test, e.g. `tests/lang2/import/pkg/`), with everything below them;
//!   - `tests/wishlist/`: run and reported (`wishlist: N passing, M failing`), never failing the
//!     build. Each wishlist file begins with `# wishlist: <why it is expected to fail>`.
//!
//! # What is expected
//!
//! - If `foo.exp` sits next to `foo.py`, it is the expected stdout and the expected exit status is
//!   0, unless `foo.exp.status` exists: its first line is the exit status, and its optional second
//!   line is the expected last line of stderr (without it, stderr is not checked).
//! - Otherwise `python3 foo.py` is run (cwd = the test's folder) and its stdout, exit status and,
//!   when the status is non-zero, the last line of stderr are the expectation.
//!
//! `pyrite foo.py` is run the same way. Stdout must match exactly, and the exit status too; when
//! the status is non-zero, the last stderr lines must match (e.g. `ZeroDivisionError: division by
//! zero`). A pyrite stdout whose first line is `SKIP` (a feature compiled out) counts as skipped.
//! Every run has a 10 s timeout, after which the child is killed and the test fails.
//!
//! # Environment
//!
//! - `PYRITE_TEST_FILTER=substring`: only run tests whose path contains the substring.
//! - `PYRITE_BIN=/path/to/binary`: the binary under test (default: the crate's `pyrite`).
//! - `PYRITE_PYTHON=/path/to/python3`: the oracle (default `python3`).
//!
//! Run with `cargo test --test python_corpus -- --nocapture` to see the report.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// A run that takes longer is a hang: the child is killed and the test fails.
const TIMEOUT: Duration = Duration::from_secs(10);
/// The machines are shared: two workers keep the corpus fast without starving other builds.
const THREADS: usize = 2;
/// How many lines of each side a failure report shows.
const DIFF_LINES: usize = 30;

/// What one run of a program produced.
#[derive(Debug, Clone, PartialEq)]
struct Outcome {
    stdout: String,
    /// The exit status; `None` when the child was killed by a signal or the timeout.
    status: Option<i32>,
    /// The last non-empty line of stderr (only compared when the status is non-zero).
    last_err: String,
    timed_out: bool,
}

/// How one test ended.
enum Verdict {
    Pass,
    Skip,
    Fail(String),
}

fn main_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn python() -> String {
    std::env::var("PYRITE_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

fn pyrite() -> String {
    std::env::var("PYRITE_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_pyrite").to_string())
}

/// Collects the test programs below `dir`, sorted, following the rules in the module docs.
fn collect(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let skip = name == "_lib"
                || name.starts_with('.')
                || name == "__pycache__"
                || path.join("__init__.py").exists()
                || rel == Path::new("wishlist")
                || rel == Path::new("levels");
            if !skip {
                collect(&path, root, out);
            }
        } else if name.ends_with(".py") && !name.starts_with('_') {
            out.push(path);
        }
    }
}

fn last_line(s: &str) -> String {
    s.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end()
        .to_string()
}

/// Reads a pipe to its end on a new thread; the bytes arrive on the returned channel.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        let _ = tx.send(buf);
    });
    rx
}

/// Runs `program file` in the file's folder with a timeout.
fn run(program: &str, file: &Path) -> Result<Outcome, String> {
    let dir = file.parent().unwrap_or(Path::new("."));
    let name = file.file_name().unwrap_or_default();
    let mut child = Command::new(program)
        .arg(name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    // Drain the pipes on their own threads so a chatty child never blocks on a full pipe. The
    // buffers come back over channels: a grandchild that outlives a killed child may hold a pipe
    // open, and a hung test must not hang the harness.
    let out_rx = drain(child.stdout.take());
    let err_rx = drain(child.stderr.take());
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st.code(),
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                timed_out = true;
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for {program}: {e}")),
        }
    };
    let grace = Duration::from_secs(1);
    let stdout =
        String::from_utf8_lossy(&out_rx.recv_timeout(grace).unwrap_or_default()).into_owned();
    let stderr =
        String::from_utf8_lossy(&err_rx.recv_timeout(grace).unwrap_or_default()).into_owned();
    Ok(Outcome {
        stdout,
        status,
        last_err: last_line(&stderr),
        timed_out,
    })
}

/// The expectation: the `.exp` file (and `.exp.status`) if present, else CPython's run.
fn expected(file: &Path) -> Result<Outcome, String> {
    let exp = file.with_extension("exp");
    if exp.exists() {
        let stdout = fs::read_to_string(&exp).map_err(|e| format!("{}: {e}", exp.display()))?;
        let mut status = 0;
        let mut last_err = String::new();
        let status_file = file.with_extension("exp.status");
        if let Ok(text) = fs::read_to_string(&status_file) {
            let mut lines = text.lines();
            status = lines
                .next()
                .and_then(|l| l.trim().parse().ok())
                .ok_or_else(|| format!("{}: first line must be a number", status_file.display()))?;
            last_err = lines.next().unwrap_or("").trim_end().to_string();
        }
        return Ok(Outcome {
            stdout,
            status: Some(status),
            last_err,
            timed_out: false,
        });
    }
    let out = run(&python(), file)?;
    if out.timed_out {
        return Err("python3 timed out".to_string());
    }
    Ok(out)
}

/// Shows the first differing lines of two texts, at most [`DIFF_LINES`] of each side.
fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let first = e.iter().zip(&g).take_while(|(a, b)| a == b).count();
    let mut s = format!("    first difference at stdout line {}\n", first + 1);
    let context = first.saturating_sub(2);
    for (side, lines) in [("-", &e), ("+", &g)] {
        let shown = &lines[context.min(lines.len())..];
        for l in shown.iter().take(DIFF_LINES) {
            s.push_str(&format!("    {side} {l}\n"));
        }
        if shown.len() > DIFF_LINES {
            s.push_str(&format!(
                "    {side} ... ({} more lines)\n",
                shown.len() - DIFF_LINES
            ));
        }
        if shown.is_empty() {
            s.push_str(&format!("    {side} <end of output>\n"));
        }
    }
    if expected.ends_with('\n') != got.ends_with('\n') && e == g {
        s.push_str("    (they differ in the final newline)\n");
    }
    s
}

fn check(file: &Path) -> Verdict {
    let exp = match expected(file) {
        Ok(o) => o,
        Err(e) => return Verdict::Fail(format!("    expectation: {e}\n")),
    };
    let got = match run(&pyrite(), file) {
        Ok(o) => o,
        Err(e) => return Verdict::Fail(format!("    {e}\n")),
    };
    if got.stdout.lines().next() == Some("SKIP") {
        return Verdict::Skip;
    }
    let mut report = String::new();
    if got.timed_out {
        report.push_str(&format!("    timed out after {} s\n", TIMEOUT.as_secs()));
    } else if got.status != exp.status {
        let show = |s: Option<i32>| s.map_or("killed by a signal".to_string(), |c| c.to_string());
        report.push_str(&format!(
            "    exit status: expected {}, got {}\n",
            show(exp.status),
            show(got.status)
        ));
        if !exp.last_err.is_empty() {
            report.push_str(&format!("    expected stderr: {}\n", exp.last_err));
        }
        if !got.last_err.is_empty() {
            report.push_str(&format!("    got stderr: {}\n", got.last_err));
        }
    } else if exp.status != Some(0) && !exp.last_err.is_empty() && got.last_err != exp.last_err {
        report.push_str(&format!(
            "    last stderr line:\n    - {}\n    + {}\n",
            exp.last_err, got.last_err
        ));
    }
    if got.stdout != exp.stdout {
        report.push_str(&diff(&exp.stdout, &got.stdout));
    }
    if report.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail(report)
    }
}

/// Runs `files` on [`THREADS`] workers; returns (path, verdict) in the files' order.
fn run_all(files: &[PathBuf]) -> Vec<(PathBuf, Verdict)> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Verdict>>> = Mutex::new((0..files.len()).map(|_| None).collect());
    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(file) = files.get(i) else { break };
                let v = check(file);
                if let Ok(mut r) = results.lock() {
                    r[i] = Some(v);
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_default();
    files
        .iter()
        .cloned()
        .zip(results)
        .map(|(f, v)| (f, v.unwrap_or(Verdict::Fail("    not run\n".to_string()))))
        .collect()
}

fn python_available() -> bool {
    Command::new(python())
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

#[test]
fn corpus() {
    assert!(
        python_available(),
        "the corpus needs CPython 3 as its oracle: `{}` was not found (install python3 or set \
         PYRITE_PYTHON)",
        python()
    );
    let root = main_dir();
    let filter = std::env::var("PYRITE_TEST_FILTER").unwrap_or_default();
    let rel = |p: &Path| p.strip_prefix(&root).unwrap_or(p).display().to_string();

    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.retain(|f| rel(f).contains(&filter));
    let mut wishlist = Vec::new();
    collect(&root.join("wishlist"), &root, &mut wishlist);
    wishlist.retain(|f| rel(f).contains(&filter));

    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for (file, verdict) in run_all(&files) {
        match verdict {
            Verdict::Pass => passed += 1,
            Verdict::Skip => skipped += 1,
            Verdict::Fail(report) => {
                failed += 1;
                println!("FAIL {}\n{}", rel(&file), report);
            }
        }
    }

    let (mut w_pass, mut w_fail) = (0, 0);
    for (file, verdict) in run_all(&wishlist) {
        let header = fs::read_to_string(&file).unwrap_or_default();
        let why = header
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# wishlist:"))
            .map(str::trim);
        match (verdict, why) {
            (_, None) => {
                failed += 1;
                println!(
                    "FAIL {}\n    a wishlist file must begin with `# wishlist: <why>`\n",
                    rel(&file)
                );
            }
            (Verdict::Fail(_), Some(why)) => {
                w_fail += 1;
                println!("wishlist: {} still failing ({why})", rel(&file));
            }
            (_, Some(_)) => {
                w_pass += 1;
                println!(
                    "wishlist: {} now passes: move it out of the wishlist",
                    rel(&file)
                );
            }
        }
    }
    println!("wishlist: {w_pass} passing, {w_fail} failing");
    println!("corpus: {passed} passed, {failed} failed, {skipped} skipped");
    assert!(
        failed == 0,
        "{failed} corpus program(s) failed; see the report above"
    );
}
