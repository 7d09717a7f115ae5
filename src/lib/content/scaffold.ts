/**
 * The lesson template behind `npm run new:lesson`. It already has the shape the content guide
 * asks for (a situation first, `##` sections that work as slides, speaker notes, a scenario,
 * key points, a quiz with feedback on every option, sources, a reviewed date); every place an
 * author must write is marked `TODO:`, and the content check refuses a lesson until none is left.
 */
import { slugify } from '../text/fold.ts';

export const PLACEHOLDER = 'TODO:';

export interface LessonTemplateInput {
  title: string;
  module: string;
  order: number;
  /** Today, YYYY-MM-DD (the first review date). */
  today: string;
}

/** The ASCII slug of a lesson title (`Đi làm xa an toàn` → `di-lam-xa-an-toan`). */
export function lessonSlug(title: string): string {
  return slugify(title);
}

const yamlString = (text: string) => JSON.stringify(text);

/** A new Vietnamese lesson that passes the content check once every `TODO:` is replaced. */
export function renderLessonTemplate(input: LessonTemplateInput): string {
  const t = PLACEHOLDER;
  return `---
title: ${yamlString(input.title)}
summary: "${t} một câu: sau bài này người học làm được gì."
module: ${input.module}
order: ${input.order}
duration: 15
ageBand: "11+"
objectives:
  - "${t} người học nhận ra được …"
  - "${t} người học biết làm gì khi …"
keyPoints:
  - "${t} điều cần nhớ thứ nhất."
  - "${t} điều cần nhớ thứ hai."
  - "Gọi 111 (miễn phí, 24/7) để hỏi hoặc báo tin; gọi 113 khi đang gặp nguy hiểm."
keywords: []
sources:
  - title: "${t} tên văn bản luật, báo cáo hoặc bài báo"
    publisher: "${t} cơ quan hoặc tờ báo"
    year: ${input.today.slice(0, 4)}
reviewed: ${input.today}
quiz:
  passMark: 70
  questions:
    - id: q1
      type: single
      prompt: "${t} câu hỏi có một đáp án đúng?"
      options:
        - id: a
          text: "${t} đáp án đúng"
          correct: true
          feedback: "${t} vì sao đúng."
        - id: b
          text: "${t} một nhầm lẫn người ta hay mắc"
          feedback: "${t} vì sao chưa đúng, nói nhẹ nhàng."
        - id: c
          text: "${t} một nhầm lẫn khác"
          feedback: "${t} vì sao chưa đúng."
      explanation: "${t} giải thích ngắn cho cả lớp."
    - id: q2
      type: truefalse
      prompt: "${t} một câu nói thường nghe — là sự thật hay ngộ nhận?"
      answer: myth
      feedback:
        myth: "${t} đúng là ngộ nhận, vì …"
        fact: "${t} chưa đúng, vì …"
      explanation: "${t} điều thật sự đúng là …"
    - id: q3
      type: multiple
      prompt: "${t} câu hỏi có nhiều đáp án đúng?"
      options:
        - id: a
          text: "${t} đáp án đúng thứ nhất"
          correct: true
          feedback: "${t} vì sao đúng."
        - id: b
          text: "${t} đáp án đúng thứ hai"
          correct: true
          feedback: "${t} vì sao đúng."
        - id: c
          text: "${t} một lựa chọn sai"
          feedback: "${t} vì sao chưa đúng."
      explanation: "${t} giải thích."
    - id: q4
      type: scenario
      prompt: "${t} bạn nên làm gì?"
      situation: "${t} một tình huống ngắn, hư cấu, dùng tên thường gặp (không phải người thật)."
      options:
        - id: a
          text: "${t} cách làm an toàn"
          correct: true
          feedback: "${t} điều gì xảy ra sau lựa chọn này."
        - id: b
          text: "${t} cách làm rủi ro mà người ta hay chọn"
          feedback: "${t} điều gì có thể xảy ra, nói nhẹ nhàng."
      explanation: "${t} giải thích."
---

${t} Mở đầu bằng một tình huống ngắn (2–4 câu) mà người học gặp trong đời thật. Tên nhân vật là tên hư cấu.

## ${t} Ý thứ nhất

${t} Mỗi mục \`##\` là một trang trình chiếu: một ý, ít chữ (khoảng 80 chữ).

:::notes
${t} Ghi chú cho người trình bày: giải thích thêm, câu hỏi gợi mở cho lớp, lưu ý khi có học sinh từng trải qua chuyện này.
:::

## ${t} Ý thứ hai

${t} Nội dung. Nếu dài, thêm một dòng \`---\` để sang trang trình chiếu tiếp theo.

:::scenario[${t} tên tình huống]
${t} Một tình huống để người học tự quyết định. Kết thúc bằng một câu hỏi.
:::

:::hotline
Nếu bạn lo cho mình hoặc một người bạn, hãy gọi **111** — miễn phí, 24 giờ mỗi ngày. Nếu có người đang bị giữ hoặc bị ép đi ngay lúc này, gọi **113**.
:::
`;
}
