// SPDX-License-Identifier: MIT
//! The REPL fed byte sequences, its output checked (a platform that captures writes).

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

use super::{Repl, Status};
use crate::hal::Platform;
use crate::vm::Vm;

struct Capture(Rc<RefCell<Vec<u8>>>);

impl Platform for Capture {
    fn write(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().extend_from_slice(bytes);
    }
}

struct Session {
    vm: Vm,
    repl: Repl,
    out: Rc<RefCell<Vec<u8>>>,
}

impl Session {
    fn new() -> Session {
        let out = Rc::new(RefCell::new(Vec::new()));
        let mut vm = Vm::with_heap_size(256 * 1024, Box::new(Capture(out.clone()))).unwrap();
        let mut repl = Repl::new("test");
        repl.start(&mut vm);
        out.borrow_mut().clear();
        Session { vm, repl, out }
    }

    /// Feeds `bytes`; returns the statuses that were not `More`, and the output since the last
    /// call.
    fn type_(&mut self, bytes: &[u8]) -> (Vec<Status>, String) {
        let mut st = Vec::new();
        for &b in bytes {
            let s = self.repl.feed(&mut self.vm, b);
            if s != Status::More {
                st.push(s);
            }
        }
        let text = String::from_utf8_lossy(&self.out.borrow()).into_owned();
        self.out.borrow_mut().clear();
        (st, text)
    }

    fn text(&mut self, bytes: &str) -> String {
        self.type_(bytes.as_bytes()).1
    }
}

#[test]
fn banner_and_prompt() {
    let out = Rc::new(RefCell::new(Vec::new()));
    let mut vm = Vm::with_heap_size(64 * 1024, Box::new(Capture(out.clone()))).unwrap();
    let mut repl = Repl::new("board");
    repl.start(&mut vm);
    let text = String::from_utf8_lossy(&out.borrow()).into_owned();
    assert!(text.starts_with("Pyrite "), "{text:?}");
    assert!(text.contains(" on board; "), "{text:?}");
    assert!(text.ends_with("information.\r\n>>> "), "{text:?}");
}

#[test]
fn expression_echo_and_result() {
    let mut s = Session::new();
    let (st, out) = s.type_(b"1+2\r");
    assert_eq!(st, [Status::Ran]);
    assert_eq!(out, "1+2\r\n3\n>>> ");
    // A `\r\n` line end is one Enter; a lone `\n` is one too.
    assert_eq!(s.text("x = 5\r\nx\n"), "x = 5\r\n>>> x\r\n5\n>>> ");
}

#[test]
fn empty_line_gives_a_new_prompt() {
    let mut s = Session::new();
    assert_eq!(s.type_(b"\r"), (Vec::new(), String::from("\r\n>>> ")));
}

#[test]
fn backspace_and_delete_edit_the_line() {
    let mut s = Session::new();
    assert_eq!(s.text("12\x083\r"), "12\x08 \x083\r\n13\n>>> ");
    assert_eq!(s.text("7\x7f8\r"), "7\x08 \x088\r\n8\n>>> ");
    // Left/right arrows and Home are swallowed (no cursor movement yet).
    assert_eq!(s.text("4\x1b[C\x1b[D\x1bOH\r"), "4\r\n4\n>>> ");
}

#[test]
fn compound_statement_with_auto_indent() {
    let mut s = Session::new();
    let out = s.text("def f(x):\rif x:\rreturn 1\r\x08return 2\r\r");
    assert_eq!(
        out,
        "def f(x):\r\n...     if x:\r\n...         return 1\r\n...         \
         \x08 \x08\x08 \x08\x08 \x08\x08 \x08return 2\r\n...     \r\n>>> "
    );
    assert_eq!(s.text("f(1), f(0)\r"), "f(1), f(0)\r\n(1, 2)\n>>> ");
}

#[test]
fn ctrl_c_cancels_the_input() {
    let mut s = Session::new();
    assert_eq!(s.text("abc\x03"), "abc\r\n>>> ");
    assert_eq!(
        s.text("for i in x:\r\x03"),
        "for i in x:\r\n...     \r\n>>> "
    );
}

#[test]
fn ctrl_d_on_empty_line_exits() {
    let mut s = Session::new();
    assert_eq!(
        s.type_(b"\x04"),
        (alloc::vec![Status::Exit], String::from("\r\n"))
    );
    // SystemExit also asks to leave.
    let mut s = Session::new();
    let (st, _) = s.type_(b"raise SystemExit\r");
    assert_eq!(st, [Status::Exit]);
}

#[test]
fn exceptions_print_a_traceback_and_the_repl_goes_on() {
    let mut s = Session::new();
    let out = s.text("1/0\r");
    assert!(
        out.contains("Traceback (most recent call last):"),
        "{out:?}"
    );
    assert!(out.contains("ZeroDivisionError"), "{out:?}");
    assert!(out.ends_with(">>> "), "{out:?}");
    assert_eq!(s.text("2\r"), "2\r\n2\n>>> ");
}

#[test]
fn paste_mode() {
    let mut s = Session::new();
    let out = s.text("\x05");
    assert_eq!(
        out,
        "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== "
    );
    let out = s.text("def g():\r\n    return 7\r\nprint(g())\r\x04");
    assert_eq!(
        out,
        "def g():\r\n===     return 7\r\n=== print(g())\r\n=== \r\n7\n>>> "
    );
    assert_eq!(
        s.text("\x05x\x03"),
        "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== x\r\n>>> "
    );
}

#[test]
fn raw_repl() {
    let mut s = Session::new();
    assert_eq!(s.text("\x01"), "\r\nraw REPL; CTRL-B to exit\r\n>");
    let (st, out) = s.type_(b"print(1)\nprint(2)\x04");
    assert_eq!(st, [Status::Ran]);
    assert_eq!(out, "OK1\n2\n\x04\x04>");
    let out = s.text("x = 1\n1/0\x04");
    assert!(out.starts_with("OK\x04Traceback"), "{out:?}");
    assert!(
        out.ends_with("ZeroDivisionError: division by zero\n\x04>"),
        "{out:?}"
    );
    // Ctrl-C clears the input; Ctrl-A resets.
    assert_eq!(s.text("junk\x03print(3)\x04"), "OK3\n\x04\x04>");
    assert_eq!(s.text("\x01"), "raw REPL; CTRL-B to exit\r\n>");
    let out = s.text("\x02");
    assert!(out.starts_with("\r\nPyrite "), "{out:?}");
    assert!(out.ends_with(">>> "), "{out:?}");
    // Ctrl-D with nothing typed exits.
    s.text("\x01");
    assert_eq!(
        s.type_(b"\x04"),
        (alloc::vec![Status::Exit], String::from("OK\r\n"))
    );
}

#[test]
fn raw_paste_mode() {
    let mut s = Session::new();
    s.text("\x01");
    assert_eq!(
        s.type_(b"\x05A\x01").1.as_bytes(),
        "R\x01\u{fffd}\x00\x01".as_bytes()
    );
    // 200 bytes of input: one window (128) acknowledged.
    let mut code = String::from("x = 0\n");
    while code.len() < 190 {
        code.push_str("x = x + 1\n");
    }
    let n = (code.len() - 6) / 10;
    code.push_str("print(x)\n");
    let out = s.text(&code);
    assert_eq!(out, "\x01");
    let (st, out) = s.type_(b"\x04");
    assert_eq!(st, [Status::Ran]);
    assert_eq!(out, alloc::format!("\x04{n}\n\x04\x04>"));
    // An unknown raw-paste command is refused.
    assert_eq!(s.text("\x05B\x01"), "R\x00>");
}

#[test]
fn history_recalls_earlier_lines() {
    let mut s = Session::new();
    s.text("1 + 1\r");
    s.text("2 + 2\r");
    // Up twice: the older line replaces what is shown; Enter runs it.
    assert_eq!(s.text("9\x1b[A"), "9\x08 \x082 + 2");
    assert_eq!(
        s.text("\x1b[A"),
        "\x08 \x08\x08 \x08\x08 \x08\x08 \x08\x08 \x081 + 1"
    );
    // Down goes back to the newer line, then to an empty one.
    assert_eq!(
        s.text("\x1b[B"),
        "\x08 \x08\x08 \x08\x08 \x08\x08 \x08\x08 \x082 + 2"
    );
    s.text("\x1b[B");
    assert_eq!(s.text("\x1b[A\r"), "2 + 2\r\n4\n>>> ");
}
