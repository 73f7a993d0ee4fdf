import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../common/markdown';
import { applyMarkdownEdit } from './markdownEdits';

describe('the Markdown toolbar', () => {
  it('makes the selected words bold and keeps them selected', () => {
    const edited = applyMarkdownEdit('bold', 'Bring your passport', 11, 19);
    expect(edited.text).toBe('Bring your **passport**');
    expect(edited.text.slice(edited.selectionStart, edited.selectionEnd)).toBe('passport');
    expect(parseMarkdown(edited.text)).toEqual([
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', text: 'Bring your ' },
          { kind: 'bold', children: [{ kind: 'text', text: 'passport' }] },
        ],
      },
    ]);
  });

  it('puts the caret between an empty pair of marks when nothing is selected', () => {
    const edited = applyMarkdownEdit('italic', 'ab', 1, 1);
    expect(edited).toEqual({ text: 'a**b', selectionStart: 2, selectionEnd: 2 });
  });

  it('turns the selection into a link and selects the address to type over', () => {
    const edited = applyMarkdownEdit('link', 'See IGI now', 4, 7);
    expect(edited.text).toBe('See [IGI](https://) now');
    expect(edited.text.slice(edited.selectionStart, edited.selectionEnd)).toBe('https://');
  });

  it('numbers every selected line and leaves lines already in a list alone', () => {
    const text = 'Intro\nfirst\nsecond\n- kept';
    const edited = applyMarkdownEdit('numbers', text, 6, text.length);
    expect(edited.text).toBe('Intro\n1. first\n2. second\n- kept');
    const bullets = applyMarkdownEdit('bullets', 'one line', 3, 3);
    expect(bullets.text).toBe('- one line');
  });
});
