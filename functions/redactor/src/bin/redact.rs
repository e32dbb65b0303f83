//! `redact`: the redaction engine on the command line (see `shared::redact::cli`).

fn main() -> std::process::ExitCode {
    shared::redact::cli::main(std::env::args().skip(1))
}
