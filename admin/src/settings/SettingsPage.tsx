// /pengaturan: the rule values and the national reference tables, one tab each, every one the
// same table + dialog (ReferenceTable) driven by its own description.
import { Card, CardContent, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { sessionUser } from '../authProvider';
import { useGovernments } from '../common/reference';
import { ReferenceTable } from './ReferenceTable';
import { GovernmentSelect, rulesTable } from './rules';
import { REFERENCE_TABLES } from './tables';

const RulesTab = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  const superAdmin = permissions === 'SUPER_ADMIN';
  const governments = useGovernments(superAdmin);
  const [chosen, setChosen] = useState('');
  // Everyone else sees (and a government admin changes) their own government's values.
  const governmentId = superAdmin ? chosen || null : (sessionUser()?.government?.id ?? null);
  const toolbar = superAdmin ? (
    <GovernmentSelect value={chosen} onChange={setChosen} governments={governments} label={translate('asn.settings.applies_to')} nationalLabel={translate('asn.settings.national_defaults')} />
  ) : undefined;
  return <ReferenceTable spec={rulesTable(governmentId, toolbar)} />;
};

export const SettingsPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { table = 'rules' } = useParams();
  const current = REFERENCE_TABLES.find((t) => t.key === table);
  const tab = current ? table : 'rules';
  return (
    <Card sx={{ mt: { xs: 1, sm: 2 } }}>
      <Title title="asn.settings.title" />
      <Tabs value={tab} onChange={(_, v: string) => navigate(v === 'rules' ? '/pengaturan' : `/pengaturan/${v}`)} variant="scrollable" scrollButtons="auto" sx={{ borderBottom: 1, borderColor: 'divider', width: 0, minWidth: '100%' }}>
        <Tab value="rules" label={translate('asn.settings.tables.rules')} />
        {REFERENCE_TABLES.map((t) => (
          <Tab key={t.key} value={t.key} label={translate(`asn.settings.tables.${t.key}`)} />
        ))}
      </Tabs>
      <CardContent>{current ? <ReferenceTable key={current.key} spec={current} /> : <RulesTab />}</CardContent>
    </Card>
  );
};
