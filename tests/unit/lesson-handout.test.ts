import { describe, expect, it } from 'vitest';
import { buildHandoutView, scenarioNodes } from '../../src/lib/lesson/handout.ts';

const labels = { tip: 'Mẹo', warning: 'Cẩn thận', hotline: 'Gọi để được giúp', scenario: 'Tình huống' };

const lesson = `Mở đầu bài học.

## Ba câu hỏi

Nội dung dài chỉ có trong bản chữ to.

:::notes
:::scenario[Trong ghi chú]
Không in.
:::
:::

---

:::scenario[Chuyện của Tuấn]
Tuấn, 17 tuổi, được rủ đi làm xa.

Bạn thấy dấu hiệu nào?
:::

## Điều cần nhớ

:::scenario[Chuyện của Mai]
Mai nhận được tin nhắn.
:::
`;

describe('the one-sheet handout', () => {
  it('takes the lesson\'s scenarios in reading order, never one from speaker notes', () => {
    expect(scenarioNodes(lesson).map((node) => (node.type === 'containerDirective' ? node.name : node.type))).toEqual(['scenario', 'scenario']);
  });

  it('prints the scenarios as on the lesson page, and none of the body text', () => {
    const view = buildHandoutView(lesson, { labels });
    expect(view.scenarioCount).toBe(2);
    expect(view.scenariosHtml).toBe(
      '<section class="callout callout-scenario"><p class="callout-label">Tình huống: Chuyện của Tuấn</p><p>Tuấn, 17 tuổi, được rủ đi làm xa.</p><p>Bạn thấy dấu hiệu nào?</p></section>\n' +
        '<section class="callout callout-scenario"><p class="callout-label">Tình huống: Chuyện của Mai</p><p>Mai nhận được tin nhắn.</p></section>',
    );
    expect(view.scenariosHtml).not.toContain('bản chữ to');
  });

  it('prints nothing in place of a scenario when a lesson has none', () => {
    expect(buildHandoutView('## Chỉ có chữ\n\nMột đoạn.', { labels })).toEqual({ scenariosHtml: '', scenarioCount: 0, moreScenarios: 0 });
  });
});

describe('a practice lesson with many scenarios', () => {
  it('prints the first two on the handout and counts the rest for the large print', () => {
    const body = Array.from({ length: 5 }, (_, i) => `## Phần ${i + 1}\n\n:::scenario\nTình huống ${i + 1}.\n:::\n`).join('\n');
    const view = buildHandoutView(body, { labels });
    expect(view.scenarioCount).toBe(2);
    expect(view.moreScenarios).toBe(3);
    expect(view.scenariosHtml).toContain('Tình huống 2.');
    expect(view.scenariosHtml).not.toContain('Tình huống 3.');
  });
});
