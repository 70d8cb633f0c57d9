# textwrap: wrap, fill, shorten, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump!")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 50), "|", textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten(text, 40, placeholder=" [more]"))
print(textwrap.wrap("a" * 25, 10), textwrap.wrap("a" * 25, 10, break_long_words=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("one\ttab", 20))
print(textwrap.wrap("hyphen-ated-words-here to split", 12))
print(textwrap.wrap("hyphen-ated-words-here to split", 12, break_on_hyphens=False))
print(textwrap.wrap("Sentence one.  Sentence two.", 80))
print(textwrap.wrap("a b c d e f g", 5, max_lines=2, placeholder="..."))
code = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("  x\n    y\n\n  z")))
print(textwrap.indent("line1\nline2\n\nline4", "> "))
print(repr(textwrap.indent("a\n\nb\n", "+ ", lambda line: True)))
w = textwrap.TextWrapper(width=20, initial_indent="-> ", subsequent_indent="   ", drop_whitespace=True)
print(w.fill("This text is wrapped by a reusable wrapper object instance."))
print(w.wrap("short"), w.width)

def boxed(msg, width=24):
    lines = textwrap.wrap(msg, width - 4)
    top = "+" + "-" * (width - 2) + "+"
    out = [top] + ["| " + l.ljust(width - 4) + " |" for l in lines] + [top]
    return "\n".join(out)
print(boxed("Warning: the configuration file could not be read; defaults are in use."))

def help_entry(opt, desc, col=18, width=60):
    lines = textwrap.wrap(desc, width - col)
    first = f"  {opt:<{col - 2}}{lines[0]}"
    rest = [" " * col + l for l in lines[1:]]
    return "\n".join([first] + rest)
print(help_entry("-v, --verbose", "Print more information about what is happening, including every file that is touched."))
print(help_entry("-q", "Quiet."))
