/** The restricted Markdown: what authors write becomes the allowed marks and nothing else. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, parseMarkdown, unsafeLinks } from './index';

describe('restricted Markdown', () => {
  it('renders paragraphs, lists, bold, italic and safe links', () => {
    const html = markdownToHtml('Call **112** in an *emergency*.\n\n- one\n- two [IGI](https://igi.mai.gov.ro)\n\n1. first\n2. second');
    expect(html).toBe(
      '<p>Call <strong>112</strong> in an <em>emergency</em>.</p>\n<ul><li>one</li><li>two <a href="https://igi.mai.gov.ro" rel="noopener noreferrer">IGI</a></li></ul>\n<ol><li>first</li><li>second</li></ol>',
    );
  });

  it('never lets author text through as HTML, and drops unsafe link targets', () => {
    expect(markdownToHtml('<script>alert(1)</script> [x](javascript:evil) "quoted"')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; x &quot;quoted&quot;</p>');
    expect(unsafeLinks('[a](https://ok.example) [b](javascript:evil) [c](data:text/html,x)')).toEqual(['javascript:evil', 'data:text/html,x']);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const html = markdownToHtml(text);
        expect(html).not.toMatch(/<(?!\/?(p|ul|ol|li|strong|em|a)[ >])/);
        expect(html).not.toMatch(/href="(?!https?:|mailto:|tel:)/i);
      }),
    );
  });

  it('keeps every word of the text', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-zăîșț]{1,8}$/), { minLength: 1, maxLength: 20 }), (words) => {
        const blocks = parseMarkdown(words.join(' '));
        expect(JSON.stringify(blocks)).toContain(words[0]);
      }),
    );
  });
});
