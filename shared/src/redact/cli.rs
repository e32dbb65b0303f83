//! The redaction engine on the command line (the `redact` binary and `chatbot redact`), for
//! redacting an export before sharing it.
//!
//! ```text
//! redact [--types EMAIL,PHONE,...] < messages.txt          # plain text, line by line
//! redact --jsonl [--types ...] < messages.jsonl            # {"id": ..., "text": "..."} per line
//! redact --never-redact Chase --never-redact 'Harry Styles' < messages.txt
//! ```
//!
//! With `--jsonl`, each input line gives one output line
//! `{"id": ..., "text": "<redacted>", "findings": [{"type": "EMAIL", "start": 10, "end": 27}]}`
//! (byte offsets into the input text). A line that is not such an object gives
//! `{"line": N, "error": "..."}` in its place, the rest go on, and the exit status is 1.

use super::{EntitySet, EntityType, Finding, Redactor};
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: redact [--jsonl] [--types TYPE,TYPE,...] [--never-redact TERM ...]\n\
    Reads text on stdin, line by line, and writes it redacted on stdout.\n\
    --jsonl          lines are {\"id\": ..., \"text\": \"...\"}; output adds \"findings\" (byte offsets)\n\
    --types          only these entity types (default: all)\n\
    --never-redact   leave TERM where a finding is TERM whole, ignoring case (a brand, a product); repeatable";

#[derive(Deserialize)]
struct Input<'a> {
    #[serde(default)]
    id: serde_json::Value,
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
}

#[derive(Serialize)]
struct Output<'a> {
    id: &'a serde_json::Value,
    text: &'a str,
    findings: &'a [Finding],
}

#[derive(Serialize)]
struct LineError<'a> {
    line: usize,
    error: &'a str,
}

struct Options {
    jsonl: bool,
    types: EntitySet,
    never_redact: Vec<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options { jsonl: false, types: EntitySet::all(), never_redact: Vec::new() };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jsonl" => options.jsonl = true,
            "--types" => {
                let list = args.next().ok_or("--types needs a list, e.g. --types EMAIL,PHONE")?;
                options.types = list
                    .split(',')
                    .map(|t| EntityType::parse(t.trim()).ok_or_else(|| format!("unknown entity type {t:?}")))
                    .collect::<Result<_, _>>()?;
            }
            "--never-redact" => match args.next() {
                Some(term) if !term.trim().is_empty() => options.never_redact.push(term),
                _ => return Err("--never-redact needs a term, e.g. --never-redact Chase".to_owned()),
            },
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(options)
}

/// Redacts every line of `input` to `output`; answers how many lines were not valid input.
fn run(options: &Options, input: impl BufRead, mut output: impl Write) -> io::Result<usize> {
    let redactor = Redactor::new(options.types).keeping(&options.never_redact);
    let mut bad = 0;
    for (n, line) in input.split(b'\n').enumerate() {
        let line = line?;
        let line = String::from_utf8_lossy(line.strip_suffix(b"\r").unwrap_or(&line)).into_owned();
        if !options.jsonl {
            writeln!(output, "{}", redactor.redact(&line).text)?;
            continue;
        }
        match serde_json::from_str::<Input<'_>>(&line) {
            Ok(input) => {
                let redaction = redactor.redact(&input.text);
                let out = Output { id: &input.id, text: &redaction.text, findings: &redaction.findings };
                serde_json::to_writer(&mut output, &out)?;
            }
            Err(_) => {
                bad += 1;
                let error = "not a JSON object with a string \"text\" field";
                serde_json::to_writer(&mut output, &LineError { line: n + 1, error })?;
            }
        }
        output.write_all(b"\n")?;
    }
    output.flush()?;
    Ok(bad)
}

/// Runs the command with `args` (without the program name) on stdin and stdout; answers the
/// exit status: 0, 1 when some lines were not valid input, 2 for bad arguments.
pub fn main(args: impl Iterator<Item = String>) -> ExitCode {
    let options = match parse_args(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    match run(&options, io::stdin().lock(), BufWriter::with_capacity(1 << 16, stdout.lock())) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(bad) => {
            eprintln!("redact: {bad} line(s) were not valid input; see the \"error\" lines in the output");
            ExitCode::FAILURE
        }
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("redact: {err}");
            ExitCode::FAILURE
        }
    }
}
