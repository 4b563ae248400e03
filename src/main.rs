use alter::cli::Cli;
use alter::context::Context;
use alter::exit::ExitCode;
use alter::output::{self, Output};
use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() { ExitCode::Usage } else { ExitCode::Ok }.into();
        }
    };
    if cli.global.verbose {
        output::enable_trace();
    }
    let ctx = Context::new(&cli.global, Output::new(cli.global.json, cli.global.no_color));
    match alter::commands::run(cli, &ctx) {
        Ok(()) => ExitCode::Ok.into(),
        Err(err) => {
            ctx.output.error(&err);
            err.code.into()
        }
    }
}
