//! Builders for test inputs: WARC records, gzip, zstd and tar, made in the test.
#![allow(dead_code)]

use std::io::Write;

/// A WARC record with the given type, extra headers and block.
pub fn warc_record(wtype: &str, headers: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut out = format!("WARC/1.0\r\nWARC-Type: {wtype}\r\n").into_bytes();
    for (k, v) in headers {
        out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", block.len()).as_bytes());
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// An HTTP response record for `url` with the given content type and body.
pub fn warc_response(url: &str, date: &str, status: u16, ctype: &str, body: &[u8]) -> Vec<u8> {
    let mut http = format!(
        "HTTP/1.1 {status} OK\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    http.extend_from_slice(body);
    warc_record(
        "response",
        &[
            ("WARC-Target-URI", url),
            ("WARC-Date", date),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        &http,
    )
}

/// An article page with enough text to pass extraction.
pub fn page(headline: &str, sentence: &str) -> String {
    format!(
        "<html><head><title>{headline}</title></head><body><nav><a href='/'>Home</a></nav>\
         <article><h1>{headline}</h1><p>{sentence} Officials said the meeting lasted three hours and \
         that further talks were planned for next month in the capital.</p><p>{sentence} Observers \
         described the atmosphere as tense but constructive, according to local reports.</p></article>\
         <footer>Copyright 2024</footer></body></html>"
    )
}

/// One gzip member.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

/// One zstd frame.
pub fn zstd(data: &[u8]) -> Vec<u8> {
    ruzstd::encoding::compress_to_vec(data, ruzstd::encoding::CompressionLevel::Fastest)
}

/// A tar archive of (name, content) members.
pub fn tar(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, data) in members {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, name, *data).unwrap();
    }
    b.into_inner().unwrap()
}
