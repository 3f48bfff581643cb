// SPDX-License-Identifier: MIT
//! The host `pyrite` command, modelled on MicroPython's unix port so tools that drive
//! `micropython` can drive it:
//!
//! ```text
//! pyrite                      interactive REPL (or a script from standard input if it is not a terminal)
//! pyrite file.py [args...]    run a script (its folder first on sys.path)
//! pyrite file.pyr [args...]   run a script precompiled by pyrite-cross
//! pyrite -c CODE [args...]    run a string
//! pyrite -                    run standard input
//! -X heapsize=<n>[k|m]        the VM heap size (default 32m); -X emit=... is accepted and ignored
//! ```
//! `MICROPYPATH` (colon-separated) replaces the default module search path. An uncaught exception
//! prints a traceback and exits with status 1; `SystemExit` exits with its code.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

use pyrite::compile::Mode;
use pyrite::gc::{Root, Value};
use pyrite::hal::{DirEntry, Errno, FileStat, Platform};
use pyrite::hal_std::{self, StdFiles};
use pyrite::objects::types::TypeId;
use pyrite::vm::Vm;

/// The default heap: generous on a PC, and a power of two so figures are easy to read.
const DEFAULT_HEAP: usize = 32 * 1024 * 1024;
/// The interpreter thread's stack. The VM itself is stackless, but native code (repr of nested
/// data, `sorted` with a key function, the compiler) recurses a bounded amount.
const THREAD_STACK: usize = 256 * 1024 * 1024;

/// The platform over `std`: buffered stdout, stdin, files, a monotonic clock.
struct Host {
    out: std::io::BufWriter<std::io::Stdout>,
    start: std::time::Instant,
    files: StdFiles,
}

impl Platform for Host {
    fn write(&mut self, bytes: &[u8]) {
        let _ = self.out.write_all(bytes);
    }

    fn write_err(&mut self, bytes: &[u8]) {
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(bytes);
    }

    fn read_line(&mut self) -> Option<Vec<u8>> {
        let _ = self.out.flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Some(line.into_bytes())
            }
        }
    }

    fn ticks_ms(&mut self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    fn ticks_us(&mut self) -> u64 {
        self.start.elapsed().as_micros() as u64
    }

    fn time_ns(&mut self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
    }

    fn sleep_ms(&mut self, ms: u32) {
        let _ = self.out.flush();
        std::thread::sleep(std::time::Duration::from_millis(ms as u64));
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }

    fn is_dir(&mut self, path: &str) -> bool {
        std::path::Path::new(path).is_dir()
    }

    fn read_stdin(&mut self, buf: &mut [u8]) -> usize {
        let _ = self.out.flush();
        std::io::stdin().lock().read(buf).unwrap_or(0)
    }

    fn stdin_ready(&mut self) -> bool {
        // Input already taken into std's line buffer by an earlier read is not seen here.
        #[cfg(unix)]
        return pyrite::ffi::stdin_readable();
        #[cfg(not(unix))]
        return true;
    }

    fn getenv(&mut self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }

    fn urandom(&mut self, buf: &mut [u8]) -> Result<(), Errno> {
        hal_std::urandom(buf)
    }

    fn fs_open(&mut self, path: &str, flags: u32) -> Result<i32, Errno> {
        self.files.open(path, flags)
    }

    fn fs_close(&mut self, h: i32) -> Result<(), Errno> {
        self.files.close(h)
    }

    fn fs_read(&mut self, h: i32, buf: &mut [u8]) -> Result<usize, Errno> {
        self.files.read(h, buf)
    }

    fn fs_write(&mut self, h: i32, buf: &[u8]) -> Result<usize, Errno> {
        self.files.write(h, buf)
    }

    fn fs_seek(&mut self, h: i32, offset: i64, whence: u8) -> Result<u64, Errno> {
        self.files.seek(h, offset, whence)
    }

    fn fs_truncate(&mut self, h: i32, len: u64) -> Result<(), Errno> {
        self.files.truncate(h, len)
    }

    fn fs_opendir(&mut self, path: &str) -> Result<i32, Errno> {
        self.files.opendir(path)
    }

    fn fs_readdir(&mut self, h: i32) -> Result<Option<DirEntry>, Errno> {
        self.files.readdir(h)
    }

    fn fs_closedir(&mut self, h: i32) -> Result<(), Errno> {
        self.files.closedir(h)
    }

    fn fs_stat(&mut self, path: &str) -> Result<FileStat, Errno> {
        self.files.stat(path)
    }

    fn fs_mkdir(&mut self, path: &str) -> Result<(), Errno> {
        self.files.mkdir(path)
    }

    fn fs_remove(&mut self, path: &str) -> Result<(), Errno> {
        self.files.remove(path)
    }

    fn fs_rmdir(&mut self, path: &str) -> Result<(), Errno> {
        self.files.rmdir(path)
    }

    fn fs_rename(&mut self, from: &str, to: &str) -> Result<(), Errno> {
        self.files.rename(from, to)
    }

    fn getcwd(&mut self) -> Result<String, Errno> {
        hal_std::getcwd()
    }

    fn chdir(&mut self, path: &str) -> Result<(), Errno> {
        hal_std::chdir(path)
    }
}

/// What to run.
enum Source {
    Repl,
    Stdin,
    Code(String),
    File(String),
}

struct Options {
    heap: usize,
    gc_stress: bool,
    source: Source,
    argv: Vec<String>,
}

fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1024),
        'm' | 'M' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    num.parse::<usize>().ok()?.checked_mul(mult)
}

fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut heap = DEFAULT_HEAP;
    let mut gc_stress = false;
    let mut source = None;
    let mut argv = Vec::new();
    while let Some(a) = args.next() {
        if a == "-X" {
            let opt = args.next().ok_or("-X needs an option")?;
            if let Some(v) = opt.strip_prefix("heapsize=") {
                heap = parse_size(v)
                    .filter(|n| *n >= 1024)
                    .ok_or_else(|| format!("bad heap size: {v}"))?;
            } else if opt == "gcstress" {
                // Collect at every allocation: a testing aid that exposes rooting mistakes.
                gc_stress = true;
            } else if opt.starts_with("emit=") || opt.starts_with("realtime") {
                // Accepted for compatibility with tools that drive MicroPython.
            } else {
                return Err(format!("unknown -X option: {opt}"));
            }
        } else if let Some(v) = a.strip_prefix("-X") {
            if let Some(v) = v.strip_prefix("heapsize=") {
                heap = parse_size(v)
                    .filter(|n| *n >= 1024)
                    .ok_or_else(|| format!("bad heap size: {v}"))?;
            }
        } else if a == "-c" {
            let code = args.next().ok_or("-c needs an argument")?;
            argv.push(String::from("-c"));
            source = Some(Source::Code(code));
            break;
        } else if a == "-" {
            argv.push(String::from("-"));
            source = Some(Source::Stdin);
            break;
        } else if a == "-i" || a == "-u" || a == "-B" || a == "-v" || a == "-O" {
            // Accepted and ignored, as MicroPython does for most of them.
        } else if a.starts_with('-') && a.len() > 1 {
            return Err(format!("unknown option: {a}"));
        } else {
            argv.push(a.clone());
            source = Some(Source::File(a));
            break;
        }
    }
    argv.extend(args);
    let source = match source {
        Some(s) => s,
        None if std::io::stdin().is_terminal() => {
            argv.push(String::new());
            Source::Repl
        }
        None => {
            argv.push(String::new());
            Source::Stdin
        }
    };
    Ok(Options {
        heap,
        source,
        argv,
        gc_stress,
    })
}

/// Set when the program ended with an uncaught `KeyboardInterrupt`: the process then ends by
/// SIGINT, as CPython's does.
static DIE_OF_SIGINT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("pyrite: {e}");
            return ExitCode::from(2);
        }
    };
    let worker = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || run(opts));
    match worker.map(|h| h.join()) {
        #[cfg(unix)]
        Ok(Ok(_)) if DIE_OF_SIGINT.load(std::sync::atomic::Ordering::Relaxed) => {
            pyrite::ffi::die_of_sigint()
        }
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(70),
    }
}

fn run(opts: Options) -> u8 {
    let host = Host {
        out: std::io::BufWriter::new(std::io::stdout()),
        start: std::time::Instant::now(),
        files: StdFiles::default(),
    };
    let mut vm = match Vm::with_heap_size(opts.heap, Box::new(host)) {
        Ok(vm) => vm,
        Err(_) => {
            eprintln!("pyrite: heap of {} bytes is too small to start", opts.heap);
            return 1;
        }
    };
    #[cfg(unix)]
    {
        vm.interrupt = Some(pyrite::ffi::install_sigint_handler());
    }
    // Debugging aid: collect before every allocation (finds values that are not rooted).
    vm.heap.stress = opts.gc_stress || std::env::var_os("PYRITE_GC_STRESS").is_some();
    let script_dir = match &opts.source {
        Source::File(f) => {
            let p = std::path::Path::new(f)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            Some(p)
        }
        _ => None,
    };
    let mut path: Vec<String> = match script_dir {
        Some(d) => vec![d],
        None => vec![String::new()],
    };
    match std::env::var("MICROPYPATH") {
        Ok(mp) => path.extend(mp.split(':').map(String::from)),
        Err(_) => path.push(String::from(".frozen")),
    }
    if setup(&mut vm, &opts.argv, &path).is_err() {
        eprintln!("pyrite: out of memory while starting");
        return 1;
    }
    let code = match opts.source {
        Source::Repl => repl(&mut vm),
        Source::Stdin => {
            let mut text = String::new();
            if std::io::stdin().read_to_string(&mut text).is_err() {
                eprintln!("pyrite: cannot read standard input");
                return 1;
            }
            run_source(&mut vm, &text, "<stdin>")
        }
        Source::Code(c) => run_source(&mut vm, &c, "<string>"),
        Source::File(f) => match std::fs::read(&f) {
            // Precompiled by pyrite-cross.
            Ok(bytes) if f.ends_with(".pyr") => run_pyr(&mut vm, &bytes, &f),
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => run_source(&mut vm, &text, &f),
                Err(_) => {
                    eprintln!("pyrite: {f}: source is not valid UTF-8");
                    1
                }
            },
            Err(e) => {
                eprintln!("pyrite: can't open file '{f}': {e}");
                2
            }
        },
    };
    vm.platform.write(b"");
    flush(&mut vm);
    code
}

fn flush(vm: &mut Vm) {
    // Writing an empty error flushes the buffered standard output.
    vm.platform.write_err(b"");
}

fn setup(vm: &mut Vm, argv: &[String], path: &[String]) -> pyrite::vm::PyResult<()> {
    let a = pyrite::modules::sys::argv_list(vm)?;
    pyrite::modules::sys::set_strings(vm, a, argv)?;
    let p = pyrite::modules::sys::path_list(vm)?;
    pyrite::modules::sys::set_strings(vm, p, path)?;
    let m = vm.new_main_module()?;
    let globals = vm.heap.get_value(m, 1);
    vm.heap.set_root(Root::MainGlobals, globals);
    let key = vm.intern("__main__")?;
    let modules = vm.heap.root(Root::Modules);
    pyrite::objects::dict::set(vm, modules, key, m)
}

/// Runs a whole program; returns the process exit status.
fn run_source(vm: &mut Vm, text: &str, filename: &str) -> u8 {
    let globals = vm.heap.root(Root::MainGlobals);
    if filename != "<string>" && filename != "<stdin>" {
        if let (Ok(k), Ok(v)) = (vm.intern("__file__"), vm.new_str(filename)) {
            let _ = pyrite::objects::dict::set(vm, globals, k, v);
        }
    }
    match vm.exec_source(text, filename, globals, Mode::Exec) {
        Ok(_) => 0,
        Err(_) => report_uncaught(vm),
    }
}

/// Runs a `.pyr` file made by `pyrite-cross`; returns the process exit status.
fn run_pyr(vm: &mut Vm, data: &[u8], filename: &str) -> u8 {
    let globals = vm.heap.root(Root::MainGlobals);
    if let (Ok(k), Ok(v)) = (vm.intern("__file__"), vm.new_str(filename)) {
        let _ = pyrite::objects::dict::set(vm, globals, k, v);
    }
    match vm.exec_pyr(data, globals) {
        Ok(_) => 0,
        Err(_) => report_uncaught(vm),
    }
}

/// Prints the pending exception (or handles SystemExit); returns the exit status.
fn report_uncaught(vm: &mut Vm) -> u8 {
    let exc = vm.take_pending();
    if vm.exception_is(exc, TypeId::SystemExit) {
        let args = pyrite::objects::exception::args(vm, exc).unwrap_or(Value::NONE);
        let code = pyrite::objects::tuple::get(vm, args, 0);
        if code.is_null() || code.is_none() {
            return 0;
        }
        if let Some(i) = pyrite::objects::int::as_i64(vm, code) {
            return (i & 0xff) as u8;
        }
        if let Ok(s) = vm.str_string(code) {
            vm.write_err(&format!("{s}\n"));
        }
        return 1;
    }
    let d = vm.heap.push_root(exc);
    vm.print_exception(exc);
    vm.heap.pop_roots(d);
    if vm.exception_is(exc, TypeId::KeyboardInterrupt) {
        DIE_OF_SIGINT.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    1
}

/// The interactive loop: `>>> ` and `... ` prompts, results echoed, Ctrl-D to leave.
fn repl(vm: &mut Vm) -> u8 {
    let help = if cfg!(feature = "help") {
        "Type \"help()\" for more information, "
    } else {
        ""
    };
    let banner = format!(
        "Pyrite {} on {}-{}; Python 3 for microcontrollers\n{help}Ctrl-D to exit.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH
    );
    vm.write_out(&banner);
    let globals = vm.heap.root(Root::MainGlobals);
    loop {
        vm.write_out(">>> ");
        let Some(first) = vm.platform.read_line() else {
            vm.write_out("\n");
            return 0;
        };
        let mut buf = String::from_utf8_lossy(&first).into_owned();
        if buf.trim().is_empty() {
            continue;
        }
        // Each line is kept with its newline, so a blank line ends a compound statement.
        buf.push('\n');
        while pyrite::compile::parser::input_is_incomplete(&buf) {
            vm.write_out("... ");
            match vm.platform.read_line() {
                Some(line) => {
                    buf.push_str(&String::from_utf8_lossy(&line));
                    buf.push('\n');
                }
                None => break,
            }
        }
        // A Ctrl-C typed at the prompt must not interrupt the next input.
        if let Some(flag) = vm.interrupt {
            flag.store(false, std::sync::atomic::Ordering::Relaxed);
        }
        if vm
            .exec_source(&buf, "<stdin>", globals, Mode::Single)
            .is_err()
        {
            let exc = vm.take_pending();
            if vm.exception_is(exc, TypeId::SystemExit) {
                vm.raise(exc);
                return report_uncaught(vm);
            }
            let d = vm.heap.push_root(exc);
            vm.print_exception(exc);
            vm.heap.pop_roots(d);
        }
    }
}
