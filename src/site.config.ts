/**
 * Settings a school or province may change before building. Hotline facts come from the
 * project's verified fact sheet: 111 is the national anti-trafficking and child-protection line
 * (Decree 162/2025) — free, 24/7, calls recorded; 113 is the police for immediate danger.
 * Local contacts do not belong here: school IT adds them to `local.json` in the built folder.
 */
import { siteConfigSchema, type Locale, type SiteConfig } from './schemas/site.ts';
import { parseOrThrow } from './lib/validation/parse.ts';

const config: SiteConfig = {
  name: { vi: 'Vững Bước', en: 'Vững Bước' },
  organisation: {
    vi: 'Nhóm báo cáo viên phòng, chống mua bán người',
    en: 'Anti-trafficking trainer group',
  },
  quickExitUrl: '/cong-thuc/',
  hotlines: [
    {
      number: '111',
      name: { vi: 'Tổng đài quốc gia 111', en: 'National hotline 111' },
      when: {
        vi: 'Báo tin, hỏi tư vấn về mua bán người hoặc trẻ em bị xâm hại — mọi lứa tuổi',
        en: 'Report or ask for advice about trafficking or a child at risk — any age',
      },
      about: {
        vi: 'Miễn phí, 24 giờ mỗi ngày, cuộc gọi được ghi âm',
        en: 'Free, 24 hours a day, calls are recorded',
      },
    },
    {
      number: '113',
      name: { vi: 'Công an 113', en: 'Police 113' },
      when: {
        vi: 'Nguy hiểm ngay lúc này ở Việt Nam: đang bị giữ, bị ép đi, bị đe doạ. Ở nước ngoài: liên hệ đại sứ quán hoặc lãnh sự quán Việt Nam, nhờ người nhà ở Việt Nam gọi 111 hoặc công an',
        en: 'Danger right now in Vietnam: being held, taken or threatened. Abroad: contact a Vietnamese embassy or consulate, and ask family in Vietnam to call 111 or the police',
      },
      about: { vi: 'Miễn phí, gọi được từ mọi điện thoại', en: 'Free, from any phone' },
    },
  ],
  locales: ['vi', 'en'],
};

/** The validated site configuration. A mistake here fails the build with a clear message. */
export const siteConfig = parseOrThrow(siteConfigSchema, config, 'src/site.config.ts');

/**
 * The languages built, the default first (served at the root, and the one every other language
 * falls back to). The one source of locales: astro.config.mjs, the pages and the content all read these.
 */
export const SITE_LOCALES: readonly Locale[] = siteConfig.locales;
export const DEFAULT_LOCALE: Locale = SITE_LOCALES[0]!;
