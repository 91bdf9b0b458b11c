//! Test runners' verdicts: their own summary lines added up (cargo and wasm-bindgen-test's
//! `test result:`, node's TAP), and a runner that fails without a count, or passes having run
//! nothing, counted as a failure.

use crate::shell::describe;
use anyhow::{bail, Context};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

/// Passed/failed counts read from a runner's output.
#[derive(Default, Debug, PartialEq)]
pub struct Counts {
    pub passed: usize,
    pub failed: usize,
}

/// Runs a test runner, echoing its output, and adds up its summary lines. A runner that fails
/// without reporting a failed test still counts as one failure.
pub fn counted(c: Command) -> anyhow::Result<Counts> {
    counted_by(c, add_summary)
}

/// [`counted`], with the runner's own way of reading its output (`read` sees every line).
pub fn counted_by(
    mut c: Command,
    mut read: impl FnMut(&str, &mut Counts),
) -> anyhow::Result<Counts> {
    let what = describe(&c);
    let mut child = c
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start `{what}`"))?;
    let mut counts = Counts::default();
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            read(&line, &mut counts);
        }
    }
    counts.settle(child.wait()?, &what)
}

impl Counts {
    /// The verdict of a runner that exited with `status`: a failure it did not count is one, and
    /// a success that ran nothing is an error (a runner that finds no test must not pass).
    pub fn settle(
        mut self,
        status: std::process::ExitStatus,
        what: &str,
    ) -> anyhow::Result<Counts> {
        if !status.success() && self.failed == 0 {
            self.failed = 1;
        }
        if status.success() && self.passed == 0 {
            bail!("`{what}` ran no test");
        }
        Ok(self)
    }
}

/// Reads `test result: ok. 3 passed; 0 failed; ...` (cargo, wasm-bindgen-test) and TAP's
/// `# pass 3` / `# fail 0` (node --test).
fn add_summary(line: &str, counts: &mut Counts) {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix("test result: ") {
        for part in rest.split(';') {
            let mut words = part.split_whitespace().rev();
            let (Some(label), Some(n)) = (words.next(), words.next()) else {
                continue;
            };
            let Ok(n) = n.parse::<usize>() else { continue };
            match label {
                "passed" => counts.passed += n,
                "failed" => counts.failed += n,
                _ => {}
            }
        }
    } else if let Some(n) = line.strip_prefix("# pass ") {
        counts.passed += n.trim().parse().unwrap_or(0);
    } else if let Some(n) = line.strip_prefix("# fail ") {
        counts.failed += n.trim().parse().unwrap_or(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_of_cargo_and_tap_are_added_up() {
        let mut c = Counts::default();
        add_summary(
            "test result: ok. 13 passed; 0 failed; 0 ignored; 0 measured",
            &mut c,
        );
        add_summary("test result: FAILED. 2 passed; 1 failed; 0 ignored", &mut c);
        add_summary("# pass 4", &mut c);
        add_summary("# fail 2", &mut c);
        add_summary("running 3 tests", &mut c);
        assert_eq!(
            c,
            Counts {
                passed: 19,
                failed: 3
            }
        );
    }
}
