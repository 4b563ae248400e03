//! Questions to a person, only when there is one (`Output::interactive` decides). Without a
//! terminal a question is an error that says which flag answers it, never a hang.

use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::output::Output;
use crate::secret::Secret;

/// Checked before any request, so a CI job missing `--yes` fails at once.
pub fn require_confirmation_possible(out: &Output, yes: bool, action: &str) -> Result<()> {
    if yes || out.interactive() {
        return Ok(());
    }
    Err(Error::usage(format!("{action} needs confirmation, and there is no terminal to ask on"))
        .hint("pass --yes to confirm non-interactively"))
}

/// Asks `question` (default: no) unless `yes`; a "no" is exit 130.
pub fn confirm(out: &Output, question: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    require_confirmation_possible(out, false, "this")?;
    let answer = dialoguer::Confirm::new()
        .with_prompt(crate::scrub::human(question))
        .default(false)
        .interact()
        .map_err(|err| Error::new(ExitCode::Cancelled, format!("cancelled ({err})")))?;
    if answer {
        Ok(())
    } else {
        Err(Error::new(ExitCode::Cancelled, "cancelled: nothing was changed"))
    }
}

/// Hidden input on the terminal.
pub fn hidden(prompt: &str) -> Result<Secret> {
    let value = rpassword::prompt_password(prompt)
        .map_err(|err| Error::new(ExitCode::Cancelled, format!("cancelled ({err})")))?;
    Ok(Secret::new(value.trim().to_owned()))
}
