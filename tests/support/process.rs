//! A child process owned by a test: output goes to files, and Drop kills and reaps it.

use std::fs::File;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use super::INSTALL_HINT;

/// How long a program may take to start answering. Generous: the build machine is shared.
pub const START_TIMEOUT: Duration = Duration::from_secs(20);
const POLL: Duration = Duration::from_millis(50);

pub struct Proc {
    name: String,
    child: Child,
    stdout: PathBuf,
    stderr: PathBuf,
}

impl Proc {
    /// Spawns `cmd` with stdin closed and stdout/stderr written to `<log_dir>/<name>.out|.err`
    /// (files, not pipes: a chatty child can never block on a full pipe).
    pub fn spawn(name: &str, mut cmd: Command, log_dir: &Path) -> Result<Proc, String> {
        let stdout = log_dir.join(format!("{name}.out"));
        let stderr = log_dir.join(format!("{name}.err"));
        let out = File::create(&stdout).map_err(|e| format!("create {}: {e}", stdout.display()))?;
        let err = File::create(&stderr).map_err(|e| format!("create {}: {e}", stderr.display()))?;
        cmd.stdin(Stdio::null()).stdout(out).stderr(err);
        let child = cmd.spawn().map_err(|e| match e.kind() {
            ErrorKind::NotFound => format!(
                "{name}: program {:?} not found; {INSTALL_HINT}",
                cmd.get_program()
            ),
            _ => format!("{name}: cannot start {:?}: {e}", cmd.get_program()),
        })?;
        Ok(Proc {
            name: name.to_string(),
            child,
            stdout,
            stderr,
        })
    }

    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// The exit status if the process has ended.
    pub fn exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    pub fn stdout_text(&self) -> String {
        std::fs::read_to_string(&self.stdout).unwrap_or_default()
    }

    pub fn stderr_text(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Both outputs, for error messages.
    pub fn output_summary(&self) -> String {
        format!(
            "{} stdout: {:?}; stderr: {:?}",
            self.name,
            tail(&self.stdout_text()),
            tail(&self.stderr_text())
        )
    }

    /// Polls `probe` (given the process, to read its output so far) until it returns Ok(true).
    /// An Err from the probe means "not yet". Fails when the process exits or `START_TIMEOUT`
    /// passes, reporting the last probe error and the output.
    pub fn wait_ready(
        &mut self,
        mut probe: impl FnMut(&Proc) -> Result<bool, String>,
    ) -> Result<(), String> {
        let deadline = Instant::now() + START_TIMEOUT;
        let mut last = String::from("not answering yet");
        loop {
            if let Some(status) = self.exited() {
                return Err(format!(
                    "{} exited during start ({status}): {}",
                    self.name,
                    self.output_summary()
                ));
            }
            match probe(self) {
                Ok(true) => return Ok(()),
                Ok(false) => {}
                Err(e) => last = e,
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "{} did not answer within {START_TIMEOUT:?} ({last}): {}",
                    self.name,
                    self.output_summary()
                ));
            }
            sleep(POLL);
        }
    }

    /// Waits for the process to end by itself; kills it after `limit`.
    pub fn wait_with_limit(&mut self, limit: Duration) -> Result<ExitStatus, String> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.exited() {
                return Ok(status);
            }
            if Instant::now() >= deadline {
                self.kill();
                return Err(format!(
                    "{} still running after {limit:?}, killed: {}",
                    self.name,
                    self.output_summary()
                ));
            }
            sleep(POLL);
        }
    }

    fn kill(&mut self) {
        // Errors mean it has already ended; wait() reaps it either way so no zombie is left.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.kill();
    }
}

fn tail(s: &str) -> &str {
    let start = s.len().saturating_sub(2000);
    let start = (start..s.len())
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(s.len());
    &s[start..]
}
