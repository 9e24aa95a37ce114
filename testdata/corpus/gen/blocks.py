"""A tiny document model - headings, paragraphs, bullet lists, tables and
page breaks - rendered to DOCX, reportlab, Markdown or HTML, so that long
reports can be written once as data and laid out in the format each
partnership actually uses."""
import html as _html
import re

from docx.enum.text import WD_BREAK

from common import grid_table, paras, rl_paras, rl_table, esc


def _split(text):
    return [b.strip() for b in text.strip().split("\n\n") if b.strip()]


def _join(block):
    return " ".join(l.strip() for l in block.splitlines())


def to_docx(doc, blocks, break_h1=False):
    first = True
    for b in blocks:
        kind = b[0]
        if kind == "h1" and break_h1 and not first:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if kind == "h1":
            first = False
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            paras(doc, b[1])
        elif kind == "table":
            grid_table(doc, b[1], b[2])
        elif kind == "pagebreak":
            if not break_h1:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "quote":
            p = doc.add_paragraph(_join(b[1]), style="Intense Quote")
        else:
            raise ValueError(kind)


def to_story(blocks, st, width):
    from reportlab.platypus import Paragraph, PageBreak, Spacer, CondPageBreak
    from reportlab.lib.units import cm
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            out += [CondPageBreak(3 * cm), Paragraph(esc(b[1]), st["h1"])]
        elif kind in ("h2", "h3"):
            out += [CondPageBreak(2 * cm), Paragraph(esc(b[1]), st[kind])]
        elif kind == "p":
            out += rl_paras(b[1], st)
        elif kind == "quote":
            out += [Paragraph("<i>" + esc(_join(b[1])) + "</i>", st["body"])]
        elif kind == "table":
            n = len(b[1])
            out += [rl_table([b[1]] + [list(map(str, r)) for r in b[2]], [width / n] * n, st), Spacer(1, 6)]
        elif kind == "pagebreak":
            out.append(PageBreak())
    return out


def to_markdown(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            out.append("#" * int(kind[1]) + " " + b[1])
        elif kind == "p":
            for blk in _split(b[1]):
                lines = blk.splitlines()
                if all(l.strip().startswith("* ") for l in lines):
                    out.append("\n".join("- " + l.strip()[2:] for l in lines))
                else:
                    out.append(_wrap(_join(blk)))
        elif kind == "quote":
            out.append("> " + _join(b[1]))
        elif kind == "table":
            out.append("| " + " | ".join(b[1]) + " |\n|" + "---|" * len(b[1]) + "\n" +
                       "\n".join("| " + " | ".join(str(c) for c in r) + " |" for r in b[2]))
    return "\n\n".join(out) + "\n"


def _wrap(s, width=78):
    words, lines, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return "\n".join(lines)


def to_html(blocks, indent="        "):
    out = []
    e = _html.escape
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            ident = re.sub(r"[^a-z0-9]+", "-", b[1].lower()).strip("-")
            out.append('%s<%s id="%s">%s</%s>' % (indent, kind, ident, e(b[1]), kind))
        elif kind == "p":
            for blk in _split(b[1]):
                lines = blk.splitlines()
                if all(l.strip().startswith("* ") for l in lines):
                    out.append(indent + "<ul>\n" + "\n".join(indent + "  <li>" + e(l.strip()[2:]) + "</li>" for l in lines) + "\n" + indent + "</ul>")
                else:
                    out.append(indent + "<p>" + e(_join(blk)) + "</p>")
        elif kind == "quote":
            out.append(indent + "<blockquote>" + e(_join(b[1])) + "</blockquote>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join("<td>%s</td>" % e(str(c)) for c in r) + "</tr>" for r in b[2])
            out.append(indent + '<table class="data-table"><thead><tr>' + "".join("<th>%s</th>" % e(h) for h in b[1]) +
                       "</tr></thead><tbody>" + rows + "</tbody></table>")
    return "\n".join(out)
