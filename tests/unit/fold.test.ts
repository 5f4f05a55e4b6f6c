import { describe, expect, it } from 'vitest';
import { FOLD_SENTINEL, fold, hasStroke, stripFolded, strokeWordsFolded } from '../../src/lib/fold.ts';

describe('fold', () => {
  it('removes every Vietnamese tone and vowel mark, đ and Đ included', () => {
    expect(fold('Đầu tư')).toBe('dau tu');
    expect(fold('cửa khẩu')).toBe('cua khau');
    expect(fold('hiệp định')).toBe('hiep dinh');
    expect(fold('Đồng Đăng – Lạng Sơn')).toBe('dong dang – lang son');
    expect(fold('ăâêôơưđ ĂÂÊÔƠƯĐ')).toBe('aaeooud aaeooud');
  });

  it('folds decomposed (NFD) input the same as composed input', () => {
    const nfd = 'Đầu tư cửa khẩu'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan('Đầu tư cửa khẩu'.length);
    expect(fold(nfd)).toBe('dau tu cua khau');
  });

  it('keeps one character per character of the NFC text, so positions map back', () => {
    for (const s of ['Ưu đãi đầu tư tại Khu kinh tế cửa khẩu Đồng Đăng', 'Straße İstanbul', '原产地证书 RCEP', 'emoji 🙂 ok']) {
      expect(fold(s)).toHaveLength(s.normalize('NFC').length);
    }
    const text = 'Chính sách đầu tư';
    const at = fold(text).indexOf('dau tu');
    expect(text.slice(at, at + 'dau tu'.length)).toBe('đầu tư');
  });

  it('leaves Chinese, digits and punctuation alone', () => {
    expect(fold('原产地证书 627/KH-SNgV 2026')).toBe('原产地证书 627/kh-sngv 2026');
  });
});

describe('words with đ', () => {
  it('spots the letter Pagefind does not fold', () => {
    expect(hasStroke('đầu')).toBe(true);
    expect(hasStroke('Đăng')).toBe(true);
    expect(hasStroke('dầu')).toBe(false);
    expect(hasStroke('tư')).toBe(false);
  });

  it('lists the folded form of each word with đ, in order and with repeats', () => {
    expect(strokeWordsFolded('Ưu đãi đầu tư, đầu tư nước ngoài tại Đồng Đăng.')).toEqual(['dai', 'dau', 'dau', 'dong', 'dang']);
    expect(strokeWordsFolded('Hiệp định thương mại')).toEqual(['dinh']);
    expect(strokeWordsFolded('No stroke letters here, 中文')).toEqual([]);
  });
});

describe('stripFolded', () => {
  it('cuts a result text back to what the page says', () => {
    expect(stripFolded(`Ưu đãi đầu tư. ${FOLD_SENTINEL} dai dau`)).toBe('Ưu đãi đầu tư.');
    expect(stripFolded('Nothing added')).toBe('Nothing added');
  });
});
