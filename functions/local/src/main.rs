//! The `chatbot` binary: the local runner's command line (see the `local` crate).

fn main() -> std::process::ExitCode {
    local::cli::main(std::env::args().skip(1))
}
