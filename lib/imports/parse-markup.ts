import { reject } from "./rejection";
import { StatementParseError } from "./types";

export interface MarkupElement {
  /** Tag name without any namespace prefix, case preserved. */
  name: string;
  attributes: Record<string, string>;
  children: MarkupElement[];
  text: string;
  /** 1-based line of the opening tag. */
  line: number;
}

export interface ParseMarkupOptions {
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 64;

/**
 * A small, forgiving tree builder for both XML and OFX 1.x SGML, where leaf tags are never
 * closed (`<TRNAMT>-5.00` followed by the next tag). An element that already holds text is
 * closed implicitly by the next opening tag; a stray closing tag is ignored. It never fetches
 * or expands entities beyond the five predefined ones and numeric references, and it is
 * iterative, so hostile nesting produces an error instead of a stack overflow.
 */
export function parseMarkup(text: string, options: ParseMarkupOptions = {}): MarkupElement {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  assertNoEntityDeclarations(text);
  const root: MarkupElement = { name: "#root", attributes: {}, children: [], text: "", line: 1 };
  const stack: MarkupElement[] = [root];
  let pos = 0;
  let line = 1;
  let lineCountedTo = 0;
  const lineAt = (index: number): number => {
    for (let i = lineCountedTo; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
    lineCountedTo = Math.max(lineCountedTo, index);
    return line;
  };
  const top = (): MarkupElement => stack[stack.length - 1] ?? root;
  const appendText = (raw: string): void => {
    const current = top();
    const value = decodeEntities(raw);
    if (value.trim().length === 0) return;
    current.text += value;
  };

  while (pos < text.length) {
    const open = text.indexOf("<", pos);
    if (open < 0) {
      appendText(text.slice(pos));
      break;
    }
    if (open > pos) appendText(text.slice(pos, open));
    if (text.startsWith("<!--", open)) {
      const end = text.indexOf("-->", open + 4);
      pos = end < 0 ? text.length : end + 3;
      continue;
    }
    if (text.startsWith("<![CDATA[", open)) {
      const end = text.indexOf("]]>", open + 9);
      const current = top();
      current.text += text.slice(open + 9, end < 0 ? text.length : end);
      pos = end < 0 ? text.length : end + 3;
      continue;
    }
    if (text.startsWith("<?", open) || text.startsWith("<!", open)) {
      const end = text.indexOf(">", open + 2);
      pos = end < 0 ? text.length : end + 1;
      continue;
    }
    const close = findTagEnd(text, open + 1);
    if (close < 0) {
      appendText(text.slice(open));
      break;
    }
    const body = text.slice(open + 1, close);
    pos = close + 1;
    if (body.startsWith("/")) {
      const name = localName(body.slice(1).trim());
      for (let i = stack.length - 1; i > 0; i -= 1) {
        if (stack[i]?.name.toUpperCase() === name.toUpperCase()) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    const nameMatch = /^([A-Za-z_][\w.:-]*)/.exec(body);
    if (!nameMatch) {
      appendText(`<${body}>`);
      continue;
    }
    const current = top();
    // OFX SGML: a leaf that already has a value is closed by whatever tag comes next.
    if (current !== root && current.children.length === 0 && current.text.trim().length > 0) stack.pop();
    const element: MarkupElement = {
      name: localName(nameMatch[1] ?? ""),
      attributes: parseAttributes(body.slice(nameMatch[0].length)),
      children: [],
      text: "",
      line: lineAt(open),
    };
    top().children.push(element);
    if (!body.endsWith("/")) {
      stack.push(element);
      if (stack.length > maxDepth + 1) {
        throw StatementParseError.of(reject("markupTooDeep", { depth: maxDepth }));
      }
    }
  }
  return root;
}

/** Entity declarations have no place in a bank statement and are the vehicle of billion-laughs and XXE attacks. */
export function assertNoEntityDeclarations(text: string): void {
  if (/<!ENTITY/i.test(text)) {
    throw StatementParseError.of(reject("markupEntities"));
  }
}

function findTagEnd(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i += 1) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      return i;
    } else if (ch === "<") {
      // An unterminated tag; let the caller treat the rest as text rather than scan to the end.
      return -1;
    }
  }
  return -1;
}

function localName(name: string): string {
  const colon = name.lastIndexOf(":");
  return colon >= 0 ? name.slice(colon + 1) : name;
}

function parseAttributes(body: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (const match of body.matchAll(pattern)) {
    attributes[localName(match[1] ?? "")] = decodeEntities(match[2] ?? match[3] ?? "");
  }
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith("#")) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Every descendant (depth-first, document order) whose name matches, case-insensitively. */
export function findAllElements(element: MarkupElement, name: string): MarkupElement[] {
  const wanted = name.toUpperCase();
  const found: MarkupElement[] = [];
  const pending: MarkupElement[] = [...element.children].reverse();
  while (pending.length > 0) {
    const next = pending.pop();
    if (!next) break;
    if (next.name.toUpperCase() === wanted) found.push(next);
    for (let i = next.children.length - 1; i >= 0; i -= 1) {
      const child = next.children[i];
      if (child) pending.push(child);
    }
  }
  return found;
}

/** The first element reached by a path of names, each step searching all descendants. */
export function findElement(element: MarkupElement, ...path: string[]): MarkupElement | undefined {
  let current: MarkupElement | undefined = element;
  for (const name of path) {
    if (!current) return undefined;
    current = findAllElements(current, name)[0];
  }
  return current;
}

/** Trimmed text of the element reached by `path`, or undefined when missing or blank. */
export function readElementText(element: MarkupElement, ...path: string[]): string | undefined {
  const found = findElement(element, ...path);
  const value = found?.text.trim();
  return value ? value : undefined;
}

/** Direct children with a given name; used where descendant search would cross into nested records. */
export function findChildElements(element: MarkupElement, name: string): MarkupElement[] {
  const wanted = name.toUpperCase();
  return element.children.filter((child) => child.name.toUpperCase() === wanted);
}
