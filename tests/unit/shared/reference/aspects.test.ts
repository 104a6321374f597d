import { describe, expect, it } from 'vitest';
import {
  ASPECTS,
  aspectByCode,
  aspectByKey,
  resolveAspect,
} from '@shared/reference/aspects';

describe('aspects', () => {
  it('pairs the codes A1–A8 with their JSON keys', () => {
    expect(ASPECTS.map((aspect) => [aspect.code, aspect.key])).toEqual([
      ['A1', 'materialsEnergy'],
      ['A2', 'process'],
      ['A3', 'equipment'],
      ['A4', 'processControl'],
      ['A5', 'product'],
      ['A6', 'waste'],
      ['A7', 'management'],
      ['A8', 'staff'],
    ]);
  });

  it('gives the option-type labels of the Guangdong plan', () => {
    expect(ASPECTS.map((aspect) => aspect.optionType.zh)).toEqual([
      '原辅材料和能源替代',
      '技术工艺改造',
      '设备维护和更新',
      '过程优化控制',
      '产品更换或改进',
      '废弃物综合利用',
      '加强管理',
      '员工素质提高',
    ]);
  });

  it('finds an aspect by code and by key', () => {
    expect(aspectByCode('A4').cause.zh).toBe('过程控制');
    expect(aspectByKey('staff').code).toBe('A8');
  });
});

describe('resolveAspect', () => {
  it.each([
    ['原辅材料和能源', 'A1'],
    ['技术工艺', 'A2'],
    ['设备', 'A3'],
    ['过程控制', 'A4'],
    ['产品', 'A5'],
    ['废弃物', 'A6'],
    ['管理', 'A7'],
    ['员工', 'A8'],
  ])('resolves the cause label %s to %s', (label, code) => {
    expect(resolveAspect(label)).toBe(code);
  });

  it.each([
    ['原辅材料和能源替代', 'A1'],
    ['技术工艺改造', 'A2'],
    ['设备维护和更新', 'A3'],
    ['过程优化控制', 'A4'],
    ['产品更换或改进', 'A5'],
    ['加强管理', 'A7'],
  ])('resolves the option-type label %s to %s', (label, code) => {
    expect(resolveAspect(label)).toBe(code);
  });

  it('resolves both wordings of the waste option type to A6', () => {
    expect(resolveAspect('废弃物综合利用')).toBe('A6');
    expect(resolveAspect('废弃物回收利用和循环使用')).toBe('A6');
  });

  it('resolves both wordings of the staff option type to A8', () => {
    expect(resolveAspect('员工素质提高')).toBe('A8');
    expect(resolveAspect('员工素质的提高及积极性的激励')).toBe('A8');
  });

  it('resolves the short names of the national slides', () => {
    expect(resolveAspect('工艺')).toBe('A2');
    expect(resolveAspect('控制')).toBe('A4');
  });

  it('ignores spaces, full-width letters and letter case', () => {
    expect(resolveAspect(' 加强 管理 ')).toBe('A7');
    expect(resolveAspect('ａ３')).toBe('A3');
    expect(resolveAspect('PROCESS CONTROL')).toBe('A4');
    expect(resolveAspect('materialsEnergy')).toBe('A1');
  });

  it('returns undefined for a label that names no aspect', () => {
    expect(resolveAspect('市场')).toBeUndefined();
    expect(resolveAspect('')).toBeUndefined();
  });
});
