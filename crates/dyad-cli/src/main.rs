//! `dyad`: turn news into political event data.
//!
//! A thin layer over the library crates: it reads files (dyad-ingest), builds the
//! coder once (dyad-dict + dyad-coder), codes documents in parallel and writes JSON
//! lines in input order.

mod bench;
mod dicts;
mod eval;
mod explain;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use dyad_coder::{Coder, CoderOptions};
use dyad_core::{Date, Document};
use dyad_ingest::{Dedup, IngestOptions};
use rayon::prelude::*;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

/// mimalloc: the coder allocates many small strings per token; the profile showed
/// malloc/free at about a fifth of the time with the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (position 15 of `mi_option_e` in the bundled
/// mimalloc v3 header; checked by the `purge_delay_option_index` test).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keep freed memory instead of returning it to the OS after mimalloc's purge delay.
/// Building the dictionary automata frees large temporary tables; returned to the OS,
/// every page the coder touches next is faulted in and zeroed again. The profile showed
/// `clear_page_erms` (kernel page zeroing) at a third of start-up and 4% of coding, and
/// the coder build took 425 ms instead of 211 ms. Peak RSS is unchanged: a batch run
/// holds its peak anyway.
fn keep_freed_memory() {
    // SAFETY: sets a process-wide allocator option; mimalloc reads options atomically.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
}

#[derive(Parser)]
#[command(
    name = "dyad",
    version,
    about = "Turn news into political event data (CAMEO/PLOVER)"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

/// Dictionary options shared by the commands that code.
#[derive(clap::Args, Clone, Default)]
pub struct DictArgs {
    /// Verb dictionary (dyad native, PETRARCH-2 or PETRARCH-1/TABARI format): replaces the built-in verbs.
    #[arg(long, value_name = "FILE")]
    pub verbs: Option<PathBuf>,
    /// Actor dictionaries, comma-separated: replace the built-in actors.
    #[arg(long, value_name = "FILE[,FILE...]", value_delimiter = ',')]
    pub actors: Vec<PathBuf>,
    /// Agent dictionary: replaces the built-in agents.
    #[arg(long, value_name = "FILE")]
    pub agents: Option<PathBuf>,
    /// Discard list: replaces the built-in discards.
    #[arg(long, value_name = "FILE")]
    pub discards: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Code documents into events (JSON lines on stdout).
    Code {
        /// Input files or directories (text, JSONL, HTML, RSS/Atom, WARC, SGML, CSV; gz/zstd/tar); `-` or none for stdin.
        files: Vec<PathBuf>,
        /// Date (YYYY-MM-DD) for documents that have none.
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        dicts: DictArgs,
        /// Print a human-readable explanation of each event instead of JSON.
        #[arg(long)]
        explain: bool,
        /// Output format: jsonl (default), csv, gdelt (GDELT 2.0 event table TSV), plover (PLOVER JSONL).
        #[arg(long, default_value = "jsonl")]
        format: String,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Leave out events whose source or target is only a sector ("officials").
        #[arg(long)]
        no_sector_only: bool,
        /// Keep events between business, campus or farm actors with no country ("the company",
        /// "banks"), left out by default as economic rather than political news.
        #[arg(long)]
        all_sectors: bool,
        /// Also emit events with no target (protests, strikes and shows of force no one is
        /// named as the object of); by default every event has a source and a target.
        #[arg(long)]
        monadic: bool,
        /// Also emit bare statements (CAMEO 010: "told", "said to", "described"), left out
        /// by default: a reporting verb is an event only when it is itself an act (accuse,
        /// condemn, urge).
        #[arg(long)]
        statements: bool,
        /// Force the input kind (text, jsonl, html, rss, warc, sgml, csv).
        #[arg(long)]
        kind: Option<String>,
        /// No progress bar or summary on stderr.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Resolve an actor phrase: prints {code, country, sector, name} as JSON, or null.
    Actor {
        /// The phrase, e.g. "South Korean Foreign Minister".
        text: String,
        /// Date for date-bounded roles (YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Show what the coder sees in a text: actor phrases, places and triggers (to see why an
    /// event was not coded; `code --explain` shows the coded ones).
    Trace {
        /// The text, e.g. "Israeli airstrikes killed dozens of Palestinians."
        text: String,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Print the language layer's analysis as CoNLL-U.
    Tag {
        /// Input files; `-` or none for stdin.
        files: Vec<PathBuf>,
    },
    /// Evaluate against PETRARCH's validation records (see README).
    Eval {
        /// Which suite: `unit` (PETR.UnitTest.records.xml with PETR.Validate.*), `gsr`
        /// (PETR2_GSR_validation.xml with Phoenix.* and CAMEO.2.0), or `gsr-builtin`.
        suite: String,
        /// Path to the shared reference folder.
        #[arg(long, default_value = "../shared/reference")]
        reference: PathBuf,
        /// Print every record that fails.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Measure throughput on a corpus (default: ../shared/corpora/reuters21578).
    Bench {
        /// Corpus files or directories.
        files: Vec<PathBuf>,
        /// Worker threads.
        #[arg(long)]
        threads: Option<usize>,
        /// Stop after this many documents.
        #[arg(long)]
        limit: Option<usize>,
    },
}

fn parse_date_arg(s: &Option<String>) -> Result<Option<Date>> {
    match s {
        None => Ok(None),
        Some(s) => dyad_core::parse_date(s)
            .map(Some)
            .with_context(|| format!("--date {s:?}: expected YYYY-MM-DD")),
    }
}

fn main() {
    keep_freed_memory();
    let cli = Cli::parse();
    let code = match run(cli) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("dyad: error: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

fn run(cli: Cli) -> Result<i32> {
    match cli.cmd {
        Cmd::Code {
            files,
            date,
            dicts,
            explain,
            format,
            threads,
            no_sector_only,
            all_sectors,
            monadic,
            statements,
            kind,
            quiet,
        } => {
            let date = parse_date_arg(&date)?;
            let opts = CoderOptions {
                allow_sector_only: !no_sector_only,
                political_only: !all_sectors,
                explain_tokens: explain,
                monadic,
                statements,
                ..Default::default()
            };
            let coder = Coder::with_options(dicts::load(&dicts)?, opts)?;
            let kind = match kind {
                Some(k) => Some(
                    dyad_ingest::InputKind::from_name(&k)
                        .with_context(|| format!("--kind {k:?}: unknown input kind"))?,
                ),
                None => None,
            };
            let format: dyad_export::Format = format
                .parse()
                .map_err(|e| anyhow::anyhow!("--format: {e}"))?;
            let run = CodeRun {
                date,
                kind,
                explain,
                format,
                threads,
                quiet,
            };
            code_files(&coder, &files, &run)
        }
        Cmd::Actor { text, date, dicts } => {
            let date = parse_date_arg(&date)?;
            let coder = Coder::new(dicts::load(&dicts)?)?;
            let found = coder.resolve_actor(&text, date);
            let v = match found.first() {
                None => serde_json::Value::Null,
                Some(r) => {
                    let c = dyad_core::ActorCode::parse(&r.code);
                    serde_json::json!({
                        "code": r.code,
                        "country": c.country,
                        "sector": c.sector,
                        "name": r.name,
                        "entries": r.entries,
                    })
                }
            };
            println!("{v}");
            Ok(0)
        }
        Cmd::Trace { text, dicts } => {
            let coder = Coder::new(dicts::load(&dicts)?)?;
            for line in coder.debug_sentence(&text) {
                println!("{line}");
            }
            Ok(0)
        }
        Cmd::Tag { files } => {
            let analyzer = dyad_text::Analyzer::builtin();
            let opts = IngestOptions::default();
            let mut failed = false;
            let mut out = BufWriter::new(std::io::stdout().lock());
            for item in inputs(&files, &opts)? {
                match item {
                    Ok(doc) => {
                        writeln!(out, "# newdoc id = {}", doc.id)?;
                        let s = analyzer.analyze(&doc.text);
                        out.write_all(dyad_text::to_conllu(&doc.text, &s).as_bytes())?;
                    }
                    Err(e) => {
                        failed = true;
                        eprintln!("dyad: {e}");
                    }
                }
            }
            Ok(i32::from(failed))
        }
        Cmd::Eval {
            suite,
            reference,
            verbose,
        } => eval::run(&suite, &reference, verbose),
        Cmd::Bench {
            files,
            threads,
            limit,
        } => bench::run(&files, threads, limit),
    }
}

/// Where coded events go.
enum Output<W: Write> {
    /// Human-readable explanation blocks.
    Explain(W),
    /// A machine-readable format (JSONL, CSV, GDELT TSV, PLOVER JSONL).
    Sink(dyad_export::Sink<W>),
}

/// Open every input (or stdin) as one stream of documents.
pub fn inputs(files: &[PathBuf], opts: &IngestOptions) -> Result<dyad_ingest::DocIter> {
    if files.is_empty() || (files.len() == 1 && files[0].as_os_str() == "-") {
        return Ok(dyad_ingest::read_stdin(opts));
    }
    let mut iters: Vec<dyad_ingest::DocIter> = Vec::new();
    for f in files {
        if f.as_os_str() == "-" {
            iters.push(dyad_ingest::read_stdin(opts));
            continue;
        }
        match dyad_ingest::open(f, opts) {
            Ok(it) => iters.push(it),
            Err(e) => iters.push(Box::new(std::iter::once(Err(e)))),
        }
    }
    Ok(Box::new(iters.into_iter().flatten()))
}

/// How `dyad code` runs: input defaults, output format, threads, verbosity.
struct CodeRun {
    date: Option<Date>,
    kind: Option<dyad_ingest::InputKind>,
    explain: bool,
    format: dyad_export::Format,
    threads: Option<usize>,
    quiet: bool,
}

/// Documents read and errors met, in input order.
#[derive(Default)]
struct Batch {
    docs: Vec<Document>,
    errors: Vec<dyad_ingest::IngestError>,
}

/// The reader stage of `dyad code`: documents in batches of `size`, each seen once
/// (the [`Dedup`] drops repeats), with the `--date` default filled in. Returns how many
/// repeats were dropped.
fn read_batches(
    docs: dyad_ingest::DocIter,
    date: Option<Date>,
    size: usize,
    tx: &std::sync::mpsc::SyncSender<Batch>,
) -> u64 {
    let mut dedup = Dedup::new();
    let mut batch = Batch::default();
    for item in docs {
        match item {
            Ok(mut d) => {
                if !dedup.is_new(&d) {
                    continue;
                }
                if d.date.is_none() {
                    d.date = date;
                }
                batch.docs.push(d);
            }
            Err(e) => batch.errors.push(e),
        }
        if batch.docs.len() + batch.errors.len() >= size
            && tx.send(std::mem::take(&mut batch)).is_err()
        {
            return dedup.dropped(); // the writer stopped (an output error)
        }
    }
    if !batch.docs.is_empty() || !batch.errors.is_empty() {
        let _ = tx.send(batch);
    }
    dedup.dropped()
}

/// A progress bar over `total` input bytes (documents, sentences, events, rate, ETA),
/// or a spinner counting documents when the size is unknown (standard input).
fn progress_bar(total: u64) -> indicatif::ProgressBar {
    let (b, template) = if total > 0 {
        (
            indicatif::ProgressBar::new(total),
            "{bar:24} {percent:>3}% {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, ETA {eta}) {msg}",
        )
    } else {
        (
            indicatif::ProgressBar::new_spinner(),
            "{spinner} {elapsed} {msg} ({per_sec} docs)",
        )
    };
    b.set_style(
        indicatif::ProgressStyle::with_template(template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    b
}

fn code_files(coder: &Coder, files: &[PathBuf], run: &CodeRun) -> Result<i32> {
    let CodeRun {
        date,
        kind,
        explain,
        format,
        threads,
        quiet,
    } = *run;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let opts = IngestOptions {
        kind,
        ..Default::default()
    };
    let docs = inputs(files, &opts)?;
    let stdout = std::io::stdout();
    let writer = BufWriter::new(stdout.lock());
    // `--explain` prints text blocks; otherwise a sink in the chosen format.
    let mut out = if explain {
        Output::Explain(writer)
    } else {
        Output::Sink(dyad_export::Sink::new(format, writer))
    };
    let show_progress = !quiet && std::io::stderr().is_terminal();
    let bar = show_progress.then(|| progress_bar(dyad_ingest::input_size(files)));
    let started = Instant::now();
    let (mut n_docs, mut n_sent, mut n_events, mut failed) = (0u64, 0u64, 0u64, false);
    // Three stages: a reader thread parses and de-duplicates documents into batches, the
    // pool codes a batch in parallel, this thread writes it. The channel holds two
    // batches, so memory stays bounded whatever the input size, and output keeps input
    // order because batches are coded and written one after another.
    const CHUNK: usize = 512;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(2);
    let dropped = std::thread::scope(|scope| -> Result<u64> {
        let reader = scope.spawn(move || read_batches(docs, date, CHUNK, &tx));
        for batch in rx {
            for e in &batch.errors {
                failed = true;
                match &bar {
                    Some(b) => b.suspend(|| eprintln!("dyad: {e}")),
                    None => eprintln!("dyad: {e}"),
                }
            }
            let coded: Vec<dyad_coder::DocOutput> =
                pool.install(|| batch.docs.par_iter().map(|d| coder.code(d)).collect());
            for (doc, o) in batch.docs.iter().zip(&coded) {
                n_docs += 1;
                n_sent += o.sentences as u64;
                n_events += o.events.len() as u64;
                match &mut out {
                    Output::Explain(w) => {
                        for e in &o.events {
                            w.write_all(explain::render(doc, e).as_bytes())?;
                        }
                    }
                    Output::Sink(sink) => {
                        sink.write_all(&o.events, Some(&dyad_export::DocMeta::from(doc)))?
                    }
                }
            }
            if let Some(b) = &bar {
                if b.length().is_some() {
                    b.set_position(opts.tally.bytes_read());
                } else {
                    b.set_position(n_docs);
                }
                b.set_message(format!(
                    "{n_docs} docs, {n_sent} sentences, {n_events} events"
                ));
            }
        }
        reader
            .join()
            .map_err(|_| anyhow::anyhow!("the input reader thread panicked"))
    })?;
    match out {
        Output::Explain(mut w) => w.flush()?,
        Output::Sink(sink) => sink.finish()?.flush()?,
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    if !quiet {
        let s = opts.summary();
        let secs = started.elapsed().as_secs_f64();
        for w in &s.warning_samples {
            eprintln!("dyad: warning: {w}");
        }
        eprintln!(
            "dyad: {n_docs} documents, {n_sent} sentences, {n_events} events in {secs:.2}s; {} duplicates dropped, {} errors, {} skipped, {} warnings",
            dropped,
            s.errors_total(),
            s.skipped_total(),
            s.warnings
        );
        for (reason, n) in &s.skipped {
            eprintln!("dyad:   skipped {n}: {reason}");
        }
    }
    Ok(i32::from(failed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purge_delay_option_index() {
        // The option at our index has mimalloc's purge-delay default
        // (1000 ms in the bundled v3 `options.c`) and takes the value we set: a renumbered
        // enum would fail one of the two.
        // SAFETY: reads and sets process-wide allocator options.
        let before = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert!(
            before == 1000 || before == -1,
            "option 15 is not purge_delay: {before}"
        );
        keep_freed_memory();
        assert_eq!(
            unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) },
            -1
        );
    }
}
