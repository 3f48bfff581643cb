// SPDX-License-Identifier: MIT
//! The builtin `help()`, as MicroPython's: a short text with no argument, the list of built-in
//! modules for `help('modules')`, and for any other object its type and attributes
//! (`  name -- value`). Lives here because it reads the module registry.

use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::dict;
use crate::vm::{PyResult, Vm};

const HELP_TEXT: &str = "Welcome to Pyrite, a Python for microcontrollers!

Control commands:
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset

For further help on a specific object, type help(obj)
For a list of available modules, type help('modules')
";

/// Columns of `help('modules')` and their width, as MicroPython prints them.
const COLUMNS: usize = 4;
const COLUMN_WIDTH: usize = 18;

/// `help([obj])`.
pub fn help(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::no_kwargs(vm, "help", kw)?;
    crate::objects::constructors::arg_count(vm, "help", args, 0, 1)?;
    match args.first() {
        None => vm.write_out(HELP_TEXT),
        Some(&v) if vm.str_text(v) == Some("modules") => print_modules(vm),
        Some(&v) => print_object(vm, v)?,
    }
    Ok(Value::NONE)
}

/// The built-in modules in sorted columns, filled column by column.
fn print_modules(vm: &mut Vm) {
    let mut names: Vec<&str> = super::MODULES
        .iter()
        .map(|m| m.name)
        .filter(|n| !n.starts_with('_'))
        .collect();
    names.push("__main__");
    names.sort_unstable();
    let rows = names.len().div_ceil(COLUMNS);
    let mut out = String::new();
    for i in 0..rows {
        let mut j = i;
        loop {
            let name = names[j];
            out.push_str(name);
            j += rows;
            if j >= names.len() {
                break;
            }
            let mut gap = COLUMN_WIDTH as isize - name.len() as isize;
            while gap < 1 {
                gap += COLUMN_WIDTH as isize;
            }
            out.extend(core::iter::repeat_n(' ', gap as usize));
        }
        out.push('\n');
    }
    out.push_str("Plus any modules on the filesystem\n");
    vm.write_out(&out);
}

/// `object <str> is of type <name>`, then the attributes: a module's namespace, or the
/// public names of a type (of the object itself when it is a type).
fn print_object(vm: &mut Vm, v: Value) -> PyResult<()> {
    let text = vm.str_string(v)?;
    let tn = vm.type_name(v);
    vm.write_out(&alloc::format!("object {text} is of type {tn}\n"));
    if vm.heap.kind(v) == Kind::Module {
        let d = vm.heap.get_value(v, 1);
        let depth = vm.heap.push_root(d);
        let r = (|| {
            let mut pos = 0;
            while let Some((next, k, val)) = dict::next_entry(vm, d, pos) {
                pos = next;
                print_entry(vm, k, val)?;
            }
            Ok(())
        })();
        vm.heap.pop_roots(depth);
        return r;
    }
    let is_type = vm.type_name(v) == "type";
    let t = if is_type { v } else { vm.type_of(v) };
    let depth = vm.heap.push_root(t);
    let r = (|| {
        let Some(dir) = super::builtins::lookup(vm, "dir") else {
            return Ok(());
        };
        let names = vm.call(dir, &[t], &[])?;
        vm.heap.push_root(names);
        for k in vm.collect_items(names)? {
            if vm.str_text(k).is_some_and(|s| s.starts_with("__")) {
                continue;
            }
            let val = vm.getattr(t, k)?;
            print_entry(vm, k, val)?;
        }
        Ok(())
    })();
    vm.heap.pop_roots(depth);
    r
}

fn print_entry(vm: &mut Vm, k: Value, v: Value) -> PyResult<()> {
    let d = vm.heap.push_root(v);
    let r = vm.str_string(k).and_then(|ks| {
        let vs = vm.str_string(v)?;
        vm.write_out(&alloc::format!("  {ks} -- {vs}\n"));
        Ok(())
    });
    vm.heap.pop_roots(d);
    r
}
