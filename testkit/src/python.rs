//! Installs Django OAuth Toolkit from testkit/dot/requirements.txt (exact versions and hashes) into a
//! virtual environment under the target directory on first use, and migrates a template
//! database there that every server copies, so a fresh clone's `cargo nextest run --workspace`
//! needs nothing run before it and a server starts without running migrations. As `crate::npm`:
//! tests run in parallel processes; one installs under an exclusive file lock, the others wait
//! and then find the marker it leaves.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What an installation provides.
pub struct Installed {
    pub python: PathBuf,
    pub template_db: PathBuf,
}

/// Makes sure the venv and the template database match the project in `project` (testkit/dot).
pub fn ensure_dot_installed(project: &Path) -> Installed {
    let home = target_dir().join("testkit-dot");
    std::fs::create_dir_all(&home).unwrap_or_else(|e| panic!("cannot create {}: {e}", home.display()));
    let installed = Installed { python: venv_python(&home.join("venv")), template_db: home.join("template.sqlite3") };
    // Both the packages and the template's users and clients: a change to either reinstalls.
    let mut wanted = read(&project.join("requirements.txt"));
    wanted.extend(read(&project.join("serve.py")));
    let marker = home.join("installed");
    let current = || std::fs::read(&marker).is_ok_and(|m| m == wanted);
    if current() {
        return installed;
    }
    let guard = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(home.join(".install.lock"))
        .unwrap_or_else(|e| panic!("cannot create the install lock in {}: {e}", home.display()));
    guard.lock().unwrap_or_else(|e| panic!("cannot lock {}/.install.lock: {e}", home.display()));
    if !current() {
        let _ = std::fs::remove_file(&marker);
        install(project, &home, &installed);
        std::fs::write(&marker, &wanted).unwrap_or_else(|e| panic!("cannot write {}: {e}", marker.display()));
    }
    drop::<File>(guard);
    installed
}

fn install(project: &Path, home: &Path, installed: &Installed) {
    let venv = home.join("venv");
    let _ = std::fs::remove_dir_all(&venv);
    let python = if cfg!(windows) { "python" } else { "python3" };
    run(
        Command::new(python).arg("-m").arg("venv").arg(&venv),
        &format!("the Django OAuth Toolkit tests need Python 3 with venv and pip (`{python} -m venv` failed"),
    );
    let requirements = project.join("requirements.txt");
    run(
        Command::new(&installed.python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-input",
                "--require-hashes",
                "-r",
            ])
            .arg(&requirements),
        &format!("`pip install -r {}` failed (PyPI unreachable?", requirements.display()),
    );
    let _ = std::fs::remove_file(&installed.template_db);
    run(
        Command::new(&installed.python).arg(project.join("serve.py")).arg("template").arg(&installed.template_db),
        "building Django OAuth Toolkit's template database failed (",
    );
}

/// Runs `command`; on failure panics with one line: `what`, then why, then its stderr.
fn run(command: &mut Command, what: &str) {
    let output = command.stdin(Stdio::null()).output().unwrap_or_else(|e| panic!("{what}: {e})"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    assert!(output.status.success(), "{what}: {}: {last})\n{stderr}", output.status);
}

fn venv_python(venv: &Path) -> PathBuf {
    if cfg!(windows) {
        venv.join("Scripts").join("python.exe")
    } else {
        venv.join("bin").join("python")
    }
}

/// The workspace's target directory (`CARGO_TARGET_DIR` when the build had one).
fn target_dir() -> PathBuf {
    match option_env!("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("target"),
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}
