import Foundation
import SobreCore
import Testing

/// Headless Chromium and poppler for the tests that look at the HTML reports as a director sees
/// them: printed on A4, and on a phone.
///
/// Chromium and poppler-utils come with `scripts/setup.sh --test`; without Chromium these tests are
/// skipped locally but fail in CI (where `CI` is set), so a missing browser cannot pass silently.
enum Browser {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let mustRun = ProcessInfo.processInfo.environment["CI"] != nil
    static var available: Bool { chromium != nil || mustRun }
    static let reason: Comment = "Chromium is not installed (scripts/setup.sh --test installs it)"

    /// Prints `html` (a file path) to `folder/name.pdf` and returns the PDF's path.
    static func printToPDF(_ html: String, in folder: TemporaryFolder, name: String) throws -> String {
        let browser = try #require(chromium, "Chromium is required in CI")
        let pdf = folder.path + "/\(name).pdf"
        let (status, output) = try Subprocess.run(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.path)/profile", "--print-to-pdf=\(pdf)", "file://" + html,
        ])
        #expect(status == 0, "chromium failed: \(output)")
        return pdf
    }

    /// The page count and the `Page size:` line of `pdfinfo`, nil without poppler.
    static func info(_ pdf: String) throws -> (pages: Int, size: String)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") else { return nil }
        let (_, info) = try Subprocess.run("/usr/bin/pdfinfo", [pdf])
        let lines = info.split(separator: "\n")
        let pages = lines.first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
        return (pages ?? 0, lines.first { $0.hasPrefix("Page size:") }.map(String.init) ?? "")
    }

    /// The text of each page of `pdf`, laid out as printed (`pdftotext -layout`).
    static func pages(_ pdf: String) throws -> [String] {
        let tool = "/usr/bin/pdftotext"
        try #require(FileManager.default.isExecutableFile(atPath: tool) || !mustRun, "poppler-utils is required in CI")
        guard FileManager.default.isExecutableFile(atPath: tool) else { return [] }
        let (status, text) = try Subprocess.run(tool, ["-layout", "-enc", "UTF-8", pdf, "-"])
        #expect(status == 0, "pdftotext failed: \(text)")
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// The last line of a page that has text, trimmed.
    static func lastLine(_ page: String) -> String {
        page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty } ?? ""
    }

    /// The texts of the `h1`–`h3` headings of an HTML page, tags removed, entities decoded.
    static func headings(_ html: String) -> [String] {
        matches(#"<h[1-3][^>]*>(.*?)</h[1-3]>"#, in: html).map { text($0[1]) }
    }

    /// Every match of `pattern` in `s`, each as its groups (0 the whole match).
    static func matches(_ pattern: String, in s: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let ns = s as NSString
        return regex.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    /// HTML to its text: tags removed, the entities our escaping writes decoded.
    static func text(_ html: String) -> String {
        var s = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (entity, ch) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: ch)
        }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Opens `html` (a file path) in a frame `width` CSS pixels wide and returns what does not fit
    /// there, one line per problem (empty: the page reads at that width).
    ///
    /// How, and why it is not flaky: the page is copied next to itself and shown in an `<iframe>`
    /// exactly `width` px wide (a headless window cannot be made narrower than 500 px, a frame
    /// can). When the frame has loaded, a script of the outer page measures the laid-out frame with
    /// the DOM geometry API and writes its findings into the outer page, which `--dump-dom` prints
    /// after the load event. Nothing depends on timing, pixels or fonts being exactly the same:
    /// only on boxes fitting in the frame. It reports
    /// - the frame's page scrolling sideways (`scrollWidth` wider than the frame);
    /// - any box, or text overflowing its box, past the frame's edges, except inside a box that
    ///   scrolls on its own (`overflow-x: auto`), which must itself fit;
    /// - chart labels drawn smaller than 11 px, or cut by the edge of their chart.
    static func phoneProblems(_ html: String, width: Int, in folder: TemporaryFolder) throws -> [String] {
        let browser = try #require(chromium, "Chromium is required in CI")
        let page = folder.path + "/page-\(UUID().uuidString).html"
        try FileManager.default.copyItem(atPath: html, toPath: page)
        let frame = folder.path + "/frame-\(UUID().uuidString).html"
        try folder.write("""
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>body { margin: 0 } iframe { border: 0; display: block; width: \(width)px; height: 3000px }</style></head>
            <body><script>\(probe)</script><iframe src="\((page as NSString).lastPathComponent)" onload="probe(this.contentWindow)"></iframe></body></html>
            """, to: (frame as NSString).lastPathComponent)
        let (status, dom) = try Subprocess.run(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
            "--user-data-dir=\(folder.path)/profile", "--dump-dom", "file://" + frame,
        ])
        #expect(status == 0, "chromium failed: \(dom)")
        let found = try #require(matches(#"<pre id="probe">(.*?)</pre>"#, in: dom).first?[1], "the probe did not run: \(dom.suffix(2000))")
        let lines = text(found).components(separatedBy: " | ")
        #expect(lines.first == "viewport \(width)", "the frame is not \(width) px wide: \(lines.first ?? "")")
        return Array(lines.dropFirst())
    }

    /// The measuring script of `phoneProblems`.
    private static let probe = #"""
        function probe(w) {
          var doc = w.document, vw = w.innerWidth, out = ["viewport " + vw];
          function name(el) { return el.tagName.toLowerCase() + " «" + (el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 50) + "»"; }
          function scrolls(el) { var o = w.getComputedStyle(el).overflowX; return o === "auto" || o === "scroll"; }
          function inScrollBox(el) { for (var p = el.parentElement; p; p = p.parentElement) { if (scrolls(p)) return true; } return false; }
          if (doc.documentElement.scrollWidth > vw) out.push("the page scrolls sideways: " + doc.documentElement.scrollWidth + " px wide");
          doc.querySelectorAll("body *").forEach(function (el) {
            if (el.closest("svg") && el.tagName.toLowerCase() !== "svg") return;
            var r = el.getBoundingClientRect();
            if ((r.width === 0 && r.height === 0) || inScrollBox(el)) return;
            if (r.right > vw + 0.5 || r.left < -0.5) out.push("outside the screen: " + name(el) + " " + Math.round(r.left) + " to " + Math.round(r.right) + " px");
            var display = w.getComputedStyle(el).display;
            if (display !== "inline" && !scrolls(el) && el.scrollWidth > el.clientWidth + 1 && r.left + el.scrollWidth > vw + 0.5) out.push("text overflows: " + name(el));
          });
          doc.querySelectorAll("svg text").forEach(function (t) {
            var size = parseFloat(w.getComputedStyle(t).fontSize) * t.getScreenCTM().a;
            if (size < 11) out.push("chart label of " + size.toFixed(1) + " px: «" + t.textContent.slice(0, 50) + "»");
            var r = t.getBoundingClientRect(), s = t.ownerSVGElement.getBoundingClientRect();
            if (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1) out.push("chart label cut: «" + t.textContent.slice(0, 50) + "»");
          });
          var pre = document.createElement("pre");
          pre.id = "probe";
          pre.textContent = out.join(" | ");
          document.body.appendChild(pre);
        }
        """#
}
