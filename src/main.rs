use alter::cli::{self, Cli};
use alter::context::Context;
use alter::exit::ExitCode;
use alter::output::{self, Output};
use clap::CommandFactory;

fn main() -> std::process::ExitCode {
    let args: Vec<_> = std::env::args_os().collect();
    let cli = match cli::parse(&args, output::clap_color(cli::no_color_flag(&args))) {
        Ok(cli) => cli,
        Err(err) => return output::parse_stop(&err, &Cli::command()).into(),
    };
    let global = &cli.global;
    if global.verbose {
        output::enable_trace();
    }
    let ctx = Context::new(global, Output::new(global.json, global.quiet, global.no_color));
    match alter::commands::run(cli, &ctx) {
        Ok(()) => ExitCode::Ok.into(),
        Err(err) => {
            ctx.output.error(&err);
            err.code.into()
        }
    }
}
