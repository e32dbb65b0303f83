//! The daily report as one self-contained HTML page: inline CSS and inline SVG charts, no
//! scripts, no fonts or images from anywhere (a Content-Security-Policy says so to the browser).
//! It reads on a phone (the charts scale to the screen) and prints (sections do not split).

use super::schema::{DailyReport, Ranked, Ranking};
use std::fmt::Write;

/// Width of every chart's coordinate system; the page scales it to the screen.
const WIDTH: f64 = 400.0;

const STYLE: &str = "\
:root{--ink:#1d2430;--muted:#5b6675;--line:#d8dee6;--bar:#2f6fb3;--miss:#c2562d;--up:#2e8b57;--down:#b8412f}
*{box-sizing:border-box}
body{margin:0;overflow-wrap:anywhere;font:16px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);background:#f5f7fa}
main{max-width:820px;margin:0 auto;padding:16px}
header h1{margin:0;font-size:1.5rem}
header p{margin:.25rem 0 0;color:var(--muted)}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:16px 0}
h2{font-size:1.1rem;margin:0 0 .5rem}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px;background:none;border:0;padding:0}
.tile{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.tile b{display:block;font-size:1.4rem}
.tile span{color:var(--muted);font-size:.85rem}
svg.chart{display:block;width:100%;max-width:520px;height:auto}
svg text{font-size:14px;fill:var(--ink)}
svg .axis{fill:var(--muted);font-size:12px}
table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:4px 6px;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.note{color:var(--muted);font-size:.85rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:16px}
footer{color:var(--muted);font-size:.8rem;margin:16px 0}
@media print{body{background:#fff}main{max-width:none}section,.tile{break-inside:avoid;border-color:#999}}
";

/// The page for `report`.
pub fn render(report: &DailyReport) -> String {
    let mut page = String::with_capacity(16 * 1024);
    let title = format!("{} · {}", report.bot, report.date);
    let _ = write!(
        page,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{} · chatbot daily report</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <header><h1>{}</h1><p>Daily report for {} ({})</p></header>\n",
        escape(&title),
        escape(report.bot.as_str()),
        report.date,
        escape(&report.time_zone),
    );
    tiles(&mut page, report);

    section(&mut page, "Turns per hour", |page| hours_chart(page, &report.turns_by_hour));
    section(&mut page, "Top intents", |page| {
        bar_chart(page, "chart-intents", "Top intents by turns", &report.intents, "var(--bar)", 10);
    });
    section(&mut page, "Missed utterances", |page| {
        let _ = write!(
            page,
            "<p class=\"note\">{} of {} turns missed ({}). Grouped after lower-casing and dropping punctuation; \
             personal data redacted.</p>",
            report.fallback.missed,
            report.turns,
            percent(report.fallback.rate),
        );
        bar_chart(page, "chart-missed", "Top missed utterances", &report.missed_utterances, "var(--miss)", 10);
    });
    section(&mut page, "Feedback", |page| feedback_chart(page, report));
    let platforms = listing(report.platforms.iter().map(|(name, &n)| (platform_label(name).to_owned(), n)));
    section(&mut page, "Platforms", |page| {
        bar_chart(page, "chart-platforms", "Turns by platform", &platforms, "var(--bar)", 3)
    });
    section(&mut page, "Channels, browsers and systems", |page| {
        page.push_str("<div class=\"grid\">");
        table(page, "Channel", "Turns", &report.channels);
        table(page, "Browser", "Sessions", &report.browsers);
        table(page, "Operating system", "Sessions", &report.operating_systems);
        page.push_str("</div>");
    });
    section(&mut page, "Cards chosen", |page| table(page, "Card", "Selections", &report.cards));
    section(&mut page, "Personal data redacted", |page| {
        let redactions = listing(report.redactions.iter().map(|(name, &n)| (name.clone(), n)));
        table(page, "Type", "Values", &redactions);
    });
    let _ = write!(
        page,
        "<footer>Report schema version {}. Counts exclude turns past their retention. No script, font or image \
         is loaded from anywhere.</footer>\n</main>\n</body>\n</html>\n",
        report.schema_version
    );
    page
}

fn tiles(page: &mut String, r: &DailyReport) {
    let median = |v: Option<u64>| v.map_or("–".to_owned(), |v| v.to_string());
    let tiles = [
        (r.sessions.to_string(), "sessions"),
        (r.turns.to_string(), "turns"),
        (median(r.turns_per_session.median), "median turns per session"),
        (r.session_duration_seconds.median.map_or("–".to_owned(), duration), "median session length"),
        (percent(r.fallback.rate), "fallback rate"),
        (percent(r.feedback.positive_rate), "positive feedback"),
        (r.confidence.mean.map_or("–".to_owned(), |c| format!("{c:.2}")), "mean intent confidence"),
    ];
    page.push_str("<section class=\"tiles\">");
    for (value, label) in tiles {
        let _ = write!(page, "<div class=\"tile\"><b>{}</b><span>{label}</span></div>", escape(&value));
    }
    page.push_str("</section>\n");
}

fn section(page: &mut String, title: &str, body: impl FnOnce(&mut String)) {
    let _ = write!(page, "<section><h2>{}</h2>", escape(title));
    body(page);
    page.push_str("</section>\n");
}

/// Vertical bars, one per local hour.
fn hours_chart(page: &mut String, hours: &[u64]) {
    let (height, base, top) = (182.0, 160.0, 12.0);
    let max = hours.iter().copied().max().unwrap_or(0).max(1) as f64;
    let slot = WIDTH / hours.len().max(1) as f64;
    let _ = write!(
        page,
        "<svg class=\"chart\" id=\"chart-hours\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" \
         aria-label=\"Turns in each hour of the day\"><title>Turns in each hour of the day</title>"
    );
    for (hour, &n) in hours.iter().enumerate() {
        let h = (base - top) * n as f64 / max;
        let x = hour as f64 * slot;
        let _ = write!(
            page,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"var(--bar)\">\
             <title>{hour:02}:00 – {n} turns</title></rect>",
            x + 2.0,
            base - h,
            slot - 4.0,
        );
        if hour % 3 == 0 {
            let _ = write!(page, "<text class=\"axis\" x=\"{:.1}\" y=\"{}\">{hour:02}</text>", x + 2.0, base + 17.0);
        }
    }
    let _ = write!(page, "<line x1=\"0\" y1=\"{base}\" x2=\"{WIDTH}\" y2=\"{base}\" stroke=\"var(--line)\"/></svg>");
}

/// Horizontal bars with the name above each bar, so long names fit a phone screen.
fn bar_chart(page: &mut String, id: &str, label: &str, ranking: &Ranking, colour: &str, rows: usize) {
    let shown = &ranking.top[..ranking.top.len().min(rows)];
    if shown.is_empty() {
        let _ = write!(
            page,
            "<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {WIDTH} 30\" role=\"img\" aria-label=\"{0}\">\
             <title>{0}</title><text x=\"0\" y=\"20\">None on this day.</text></svg>",
            escape(label)
        );
        return;
    }
    let row = 36.0;
    let max = shown.iter().map(|r| r.count).max().unwrap_or(1).max(1) as f64;
    let _ = write!(
        page,
        "<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {WIDTH} {}\" role=\"img\" aria-label=\"{1}\"><title>{1}</title>",
        row * shown.len() as f64,
        escape(label)
    );
    for (i, entry) in shown.iter().enumerate() {
        let y = i as f64 * row;
        let width = ((WIDTH - 2.0) * entry.count as f64 / max).max(2.0);
        let _ = write!(
            page,
            "<text x=\"0\" y=\"{:.0}\">{}</text><text x=\"{WIDTH}\" y=\"{:.0}\" text-anchor=\"end\">{}</text>\
             <rect x=\"0\" y=\"{:.0}\" width=\"{width:.1}\" height=\"10\" rx=\"2\" fill=\"{colour}\">\
             <title>{} – {}</title></rect>",
            y + 14.0,
            escape(&shorten(&entry.name, 44)),
            y + 14.0,
            entry.count,
            y + 21.0,
            escape(&entry.name),
            entry.count,
        );
    }
    page.push_str("</svg>");
    if !ranking.exact {
        page.push_str("<p class=\"note\">A very long tail: counts were kept for the most frequent only and may be slightly high.</p>");
    }
}

/// One bar split into thumbs up and down.
fn feedback_chart(page: &mut String, r: &DailyReport) {
    let (up, down) = (r.feedback.up, r.feedback.down);
    let total = (up + down).max(1) as f64;
    let up_width = WIDTH * up as f64 / total;
    let _ = write!(
        page,
        "<svg class=\"chart\" id=\"chart-feedback\" viewBox=\"0 0 {WIDTH} 56\" role=\"img\" \
         aria-label=\"Feedback: {up} up, {down} down\"><title>Feedback: {up} up, {down} down</title>"
    );
    if up + down == 0 {
        let _ = write!(page, "<rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"24\" fill=\"var(--line)\"/>");
    } else {
        let _ = write!(
            page,
            "<rect x=\"0\" y=\"0\" width=\"{up_width:.1}\" height=\"24\" fill=\"var(--up)\"><title>{up} up</title></rect>\
             <rect x=\"{up_width:.1}\" y=\"0\" width=\"{:.1}\" height=\"24\" fill=\"var(--down)\"><title>{down} down</title></rect>",
            WIDTH - up_width
        );
    }
    let _ = write!(
        page,
        "<text x=\"0\" y=\"46\">Up: {up}</text><text x=\"{WIDTH}\" y=\"46\" text-anchor=\"end\">Down: {down}</text></svg>"
    );
}

fn table(page: &mut String, name: &str, count: &str, ranking: &Ranking) {
    let _ = write!(page, "<table><thead><tr><th>{name}</th><th class=\"n\">{count}</th></tr></thead><tbody>");
    if ranking.top.is_empty() {
        page.push_str("<tr><td colspan=\"2\" class=\"note\">None on this day.</td></tr>");
    }
    for entry in &ranking.top {
        let _ = write!(page, "<tr><td>{}</td><td class=\"n\">{}</td></tr>", escape(&entry.name), entry.count);
    }
    if ranking.other > 0 {
        let _ = write!(page, "<tr><td class=\"note\">all others</td><td class=\"n\">{}</td></tr>", ranking.other);
    }
    page.push_str("</tbody></table>");
}

/// Counts that are complete (not a ranking's top), in the order given, for a chart or table.
fn listing(counts: impl Iterator<Item = (String, u64)>) -> Ranking {
    Ranking { top: counts.map(|(name, count)| Ranked { name, count }).collect(), other: 0, exact: true }
}

fn platform_label(name: &str) -> &str {
    match name {
        "dialogflow_cx" => "Dialogflow CX",
        "dialogflow_es" => "Dialogflow ES",
        "lex_v2" => "Amazon Lex V2",
        other => other,
    }
}

fn percent(rate: Option<f64>) -> String {
    rate.map_or("–".to_owned(), |r| format!("{:.1}%", r * 100.0))
}

fn duration(seconds: u64) -> String {
    match seconds {
        0..60 => format!("{seconds} s"),
        60..3600 => format!("{} min {} s", seconds / 60, seconds % 60),
        _ => format!("{} h {} min", seconds / 3600, seconds % 3600 / 60),
    }
}

fn shorten(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// Text safe inside HTML and SVG elements and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_that_could_open_markup() {
        assert_eq!(
            escape(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(42), "42 s");
        assert_eq!(duration(125), "2 min 5 s");
        assert_eq!(duration(7_500), "2 h 5 min");
    }
}
