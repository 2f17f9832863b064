import type { InstallContext } from '@flowhall/server';
import type { SealTypeKey } from '../seal-types';
import { sealModels, type SealStatus } from './models';

interface SeedSeal {
  name: string;
  type: SealTypeKey;
  unit: string;
  custodian: string;
  supervisor: string;
  activatedOn: string;
  filingNo: string;
  status?: SealStatus;
  abolishedOn?: string;
}

/**
 * The demo university's seals as an office would keep them (001–003): the university, party,
 * contract, finance and embossing seals; each unit's seal and business seals; the heads' name
 * seals kept by the office director; and one seal abolished after a renaming, for the history.
 * Units and people that the organisation lacks are skipped (a real organisation imports its own).
 */
export const DEMO_SEALS: readonly SeedSeal[] = [
  {
    name: '示范大学',
    type: 'official',
    unit: 'university',
    custodian: 'qianyg',
    supervisor: 'zhaozr',
    activatedOn: '2015-09-01',
    filingNo: '公备〔2015〕0101',
  },
  {
    name: '中国共产党示范大学委员会',
    type: 'party',
    unit: 'university',
    custodian: 'lizz',
    supervisor: 'chensj',
    activatedOn: '2015-09-01',
    filingNo: '公备〔2015〕0102',
  },
  {
    name: '示范大学合同专用章',
    type: 'contract',
    unit: 'university',
    custodian: 'qianyg',
    supervisor: 'zhaozr',
    activatedOn: '2016-03-01',
    filingNo: '公备〔2016〕0031',
  },
  {
    name: '示范大学财务专用章',
    type: 'finance',
    unit: 'university',
    custodian: 'qianyg',
    supervisor: 'zhaozr',
    activatedOn: '2016-03-01',
    filingNo: '公备〔2016〕0032',
  },
  {
    name: '示范大学钢印',
    type: 'steel',
    unit: 'university',
    custodian: 'qianyg',
    supervisor: 'zhaozr',
    activatedOn: '2015-09-01',
    filingNo: '公备〔2015〕0103',
  },
  {
    name: '中共示范大学委员会办公室',
    type: 'department',
    unit: 'office',
    custodian: 'qianyg',
    supervisor: 'zhaozr',
    activatedOn: '2015-09-01',
    filingNo: '公备〔2015〕0110',
  },
  {
    name: '示范大学校长办公室',
    type: 'department',
    unit: 'office',
    custodian: 'qianyg',
    supervisor: 'zhaozr',
    activatedOn: '2015-09-01',
    filingNo: '公备〔2015〕0111',
  },
  {
    name: '陈书记名章',
    type: 'name',
    unit: 'leadership',
    custodian: 'zhaozr',
    supervisor: 'chensj',
    activatedOn: '2021-07-01',
    filingNo: '公备〔2021〕0208',
  },
  {
    name: '周副校长名章',
    type: 'name',
    unit: 'leadership',
    custodian: 'zhaozr',
    supervisor: 'zhoufx',
    activatedOn: '2022-01-10',
    filingNo: '公备〔2022〕0015',
  },
  {
    name: '示范大学计算机学院',
    type: 'department',
    unit: 'cs-school',
    custodian: 'wangke',
    supervisor: 'liyuan',
    activatedOn: '2019-06-01',
    filingNo: '公备〔2019〕0066',
  },
  {
    name: '中共示范大学计算机学院委员会',
    type: 'party',
    unit: 'cs-school',
    custodian: 'wangke',
    supervisor: 'liyuan',
    activatedOn: '2019-06-01',
    filingNo: '公备〔2019〕0067',
  },
  {
    name: '李院长名章',
    type: 'name',
    unit: 'cs-school',
    custodian: 'zhaozr',
    supervisor: 'liyuan',
    activatedOn: '2023-02-20',
    filingNo: '公备〔2023〕0040',
  },
  {
    name: '示范大学计算机科学系',
    type: 'department',
    unit: 'cs-school',
    custodian: 'wangke',
    supervisor: 'liyuan',
    activatedOn: '2012-09-01',
    filingNo: '公备〔2012〕0088',
    status: 'abolished',
    abolishedOn: '2019-06-01',
  },
  {
    name: '示范大学后勤管理处',
    type: 'department',
    unit: 'logistics',
    custodian: 'zhenghq',
    supervisor: 'zhenghq',
    activatedOn: '2015-09-01',
    filingNo: '公备〔2015〕0120',
  },
  {
    name: '示范大学科学技术研究院',
    type: 'department',
    unit: 'research',
    custodian: 'fengky',
    supervisor: 'fengky',
    activatedOn: '2017-04-01',
    filingNo: '公备〔2017〕0051',
  },
  {
    name: '示范大学科研合同专用章',
    type: 'business',
    unit: 'research',
    custodian: 'fengky',
    supervisor: 'fengky',
    activatedOn: '2017-04-01',
    filingNo: '公备〔2017〕0052',
  },
  {
    name: '示范大学教务处',
    type: 'department',
    unit: 'academic',
    custodian: 'zhoujw',
    supervisor: 'zhoujw',
    activatedOn: '2015-09-01',
    filingNo: '公备〔2015〕0130',
  },
  {
    name: '示范大学教务处成绩证明专用章',
    type: 'business',
    unit: 'academic',
    custodian: 'zhoujw',
    supervisor: 'zhoujw',
    activatedOn: '2018-09-01',
    filingNo: '公备〔2018〕0077',
  },
  {
    name: '示范大学国际合作与交流处',
    type: 'department',
    unit: 'international',
    custodian: 'hegj',
    supervisor: 'hegj',
    activatedOn: '2015-09-01',
    filingNo: '公备〔2015〕0140',
  },
  {
    name: '示范大学外事专用章',
    type: 'business',
    unit: 'international',
    custodian: 'hegj',
    supervisor: 'hegj',
    activatedOn: '2016-05-01',
    filingNo: '公备〔2016〕0060',
  },
  {
    name: '示范大学法律事务室',
    type: 'department',
    unit: 'legal',
    custodian: 'wufw',
    supervisor: 'wufw',
    activatedOn: '2020-01-01',
    filingNo: '公备〔2020〕0003',
  },
];

/** Registers the demo seals that are not there yet (by name, type and unit): safe at every start. */
export async function seedDemoSeals(context: InstallContext): Promise<number> {
  const { Seal, SealEvent } = sealModels(context.models);
  const { transaction } = context;
  let created = 0;
  for (const seed of DEMO_SEALS) {
    const departmentId = await context.departmentIdByCode(seed.unit);
    const custodian = await context.userIdByUsername(seed.custodian);
    if (departmentId === undefined || custodian === undefined) continue;
    const exists = await Seal.findOne({
      where: { name: seed.name, sealType: seed.type, departmentId },
      transaction,
    });
    if (exists) continue;
    const status = seed.status ?? 'in-use';
    const seal = await Seal.create(
      {
        name: seed.name,
        sealType: seed.type,
        departmentId,
        custodianUserId: custodian,
        supervisorUserId: (await context.userIdByUsername(seed.supervisor)) ?? null,
        status,
        policeFilingNo: seed.filingNo,
        activatedOn: seed.activatedOn,
        abolishedOn: seed.abolishedOn ?? null,
        abolitionReason: status === 'abolished' ? 'renamed' : null,
      },
      { transaction },
    );
    await SealEvent.create(
      {
        sealId: seal.id,
        kind: 'registered',
        note: '建账登记（系统初始化）',
        at: new Date(`${seed.activatedOn}T00:00:00+08:00`),
      },
      { transaction },
    );
    if (status === 'abolished')
      await SealEvent.create(
        {
          sealId: seal.id,
          kind: 'abolished',
          note: '机构更名，原印章废止',
          at: new Date(`${seed.abolishedOn}T00:00:00+08:00`),
        },
        { transaction },
      );
    created += 1;
  }
  return created;
}
